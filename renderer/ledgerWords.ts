// The treasurer's words for the ledger's codes: which message names each kind, status and category on screen.
import { builtInCategories, type AccountKind, type AccountStatus, type EntryKind } from '../shared/contract/index.ts';
import { say, type Message } from '../shared/messages/message.ts';
import type { Translator } from '../shared/messages/translator.ts';

export const entryKindNames: Record<EntryKind, Message> = {
  contribution: say('common.entryKind.contribution'),
  disbursement: say('common.entryKind.disbursement'),
  transfer: say('common.entryKind.transfer'),
  fee: say('common.entryKind.fee'),
  adjustment: say('common.entryKind.adjustment'),
};

/** One line under the kind field: what the kind does to the money. */
export const entryKindMeanings: Record<EntryKind, Message> = {
  contribution: say('ledgerScreen.kindMeaning.contribution'),
  disbursement: say('ledgerScreen.kindMeaning.disbursement'),
  transfer: say('ledgerScreen.kindMeaning.transfer'),
  fee: say('ledgerScreen.kindMeaning.fee'),
  adjustment: say('ledgerScreen.kindMeaning.adjustment'),
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

export const statusNames: Record<AccountStatus, Message> = {
  active: say('common.status.active'),
  limited: say('common.status.limited'),
  frozen: say('common.status.frozen'),
  closed: say('common.status.closed'),
};

/** What each status means for the money, shown where the status is chosen. */
export const statusMeanings: Record<AccountStatus, Message> = {
  active: say('accountsScreen.statusMeaning.active'),
  limited: say('accountsScreen.statusMeaning.limited'),
  frozen: say('accountsScreen.statusMeaning.frozen'),
  closed: say('accountsScreen.statusMeaning.closed'),
};

type BuiltInCategory = (typeof builtInCategories)[number];

const builtInCategoryNames: Record<BuiltInCategory, Message> = {
  bail: say('common.category.bail'),
  rent: say('common.category.rent'),
  food: say('common.category.food'),
  medical: say('common.category.medical'),
  transport: say('common.category.transport'),
  utilities: say('common.category.utilities'),
  other: say('common.category.other'),
};

function isBuiltIn(category: string): category is BuiltInCategory {
  return (builtInCategories as readonly string[]).includes(category);
}

/** A category's name as a person reads it: a built-in one in their language ("food" → "Food", "Comida"), the group's own as typed, capitalised ("diapers" → "Diapers"). */
export function categoryName(words: Translator, category: string): string {
  if (isBuiltIn(category)) return words.say(builtInCategoryNames[category]);
  return category.charAt(0).toUpperCase() + category.slice(1);
}
