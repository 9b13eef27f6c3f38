// The treasurer's words for the ledger's codes: what each kind, status and holder is called on screen.
import type { AccountKind, AccountStatus, EntryKind } from '../shared/contract/index.ts';

export const entryKindNames: Record<EntryKind, string> = {
  contribution: 'Contribution',
  disbursement: 'Disbursement',
  transfer: 'Transfer',
  fee: 'Fee',
  adjustment: 'Adjustment',
};

/** One line under the kind field: what the kind does to the money. */
export const entryKindMeanings: Record<EntryKind, string> = {
  contribution: 'Money coming in: a donation or a member’s dues.',
  disbursement: 'Money going out to someone the group supports.',
  transfer: 'The group’s own money moving between its accounts or funds.',
  fee: 'A charge taken by a platform or a bank.',
  adjustment: 'A correction to an account’s balance, in or out.',
};

export const accountKindNames: Record<AccountKind, string> = {
  venmo: 'Venmo',
  paypal: 'PayPal',
  'cash-app': 'Cash App',
  zelle: 'Zelle',
  bank: 'Bank',
  'credit-union': 'Credit union',
  'prepaid-card': 'Prepaid card',
  'cash-box': 'Cash box',
  'crypto-wallet': 'Crypto wallet',
  other: 'Other',
};

export const statusNames: Record<AccountStatus, string> = {
  active: 'Active',
  limited: 'Limited',
  frozen: 'Frozen',
  closed: 'Closed',
};

/** What each status means for the money, shown where the status is chosen. */
export const statusMeanings: Record<AccountStatus, string> = {
  active: 'Working normally.',
  limited: 'The platform caps what can move; it can still pay out.',
  frozen: 'The platform holds the money; nothing can be paid out.',
  closed: 'No longer used; nothing can move in or out.',
};

/** A category's name as a person reads it ("bail" → "Bail"). */
export function categoryName(category: string): string {
  return category.charAt(0).toUpperCase() + category.slice(1);
}

/** "1 entry", "2 entries", with thousands separated. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
