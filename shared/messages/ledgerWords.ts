// The treasurer's words for the ledger's codes, written once for the core, the CLI and the screens:
// a kind, a status or a category as a label ("Disbursement", "Frozen") and as a word inside a sentence
// ("disbursement", "frozen"; "desembolso", "congelada").
import { builtInCategories, type AccountKind, type AccountStatus, type EntryKind } from '../contract/index.ts';
import { say, type Message } from './message.ts';
import type { Translator } from './translator.ts';

/** An entry's kind as a label (a column, a choice). */
export const entryKindNames: Record<EntryKind, Message> = {
  contribution: say('common.entryKind.contribution'),
  disbursement: say('common.entryKind.disbursement'),
  transfer: say('common.entryKind.transfer'),
  fee: say('common.entryKind.fee'),
  adjustment: say('common.entryKind.adjustment'),
};

/** An entry's kind as a word inside a sentence. */
export const entryKindWords: Record<EntryKind, Message> = {
  contribution: say('ledger.kind.contribution'),
  disbursement: say('ledger.kind.disbursement'),
  transfer: say('ledger.kind.transfer'),
  fee: say('ledger.kind.fee'),
  adjustment: say('ledger.kind.adjustment'),
};

export const accountKindNames: Record<AccountKind, Message> = {
  venmo: say('common.accountKind.venmo'),
  paypal: say('common.accountKind.paypal'),
  'cash-app': say('common.accountKind.cashApp'),
  zelle: say('common.accountKind.zelle'),
  bank: say('common.accountKind.bank'),
  'credit-union': say('common.accountKind.creditUnion'),
  'prepaid-card': say('common.accountKind.prepaidCard'),
  'cash-box': say('common.accountKind.cashBox'),
  'crypto-wallet': say('common.accountKind.cryptoWallet'),
  other: say('common.accountKind.other'),
};

/** An account's status as a label (a badge, a choice). */
export const statusNames: Record<AccountStatus, Message> = {
  active: say('common.status.active'),
  limited: say('common.status.limited'),
  frozen: say('common.status.frozen'),
  closed: say('common.status.closed'),
};

/** An account's status as a word inside a sentence. */
export const statusWords: Record<AccountStatus, Message> = {
  active: say('accounts.status.active'),
  limited: say('accounts.status.limited'),
  frozen: say('accounts.status.frozen'),
  closed: say('accounts.status.closed'),
};

type BuiltInCategory = (typeof builtInCategories)[number];

const builtInCategoryNames: Record<BuiltInCategory, Message> = {
  bail: say('common.category.bail'),
  rent: say('common.category.rent'),
  food: say('common.category.food'),
  medical: say('common.category.medical'),
  transport: say('common.category.transport'),
  utilities: say('common.category.utilities'),
  donation: say('common.category.donation'),
  dues: say('common.category.dues'),
  grant: say('common.category.grant'),
  refund: say('common.category.refund'),
  'transfer-in': say('common.category.transferIn'),
  other: say('common.category.other'),
};

function isBuiltIn(category: string): category is BuiltInCategory {
  return (builtInCategories as readonly string[]).includes(category);
}

/** A category as a person reads it: a built-in one in their language ("food" → "Food", "Comida"), the group's own as typed, capitalised ("diapers" → "Diapers"). */
export function categoryLabel(words: Translator, category: string): string {
  if (isBuiltIn(category)) return words.say(builtInCategoryNames[category]);
  return category.charAt(0).toUpperCase() + category.slice(1);
}
