// The kinds of entry and of payment account, apart from their schemas, so that the CLI's help can list
// them without loading zod.

/** What an entry records: money in, money out, money moving, a platform's fee, a correction. */
export const entryKinds = ['contribution', 'disbursement', 'transfer', 'fee', 'adjustment'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Where the group's money is held. */
export const accountKinds = ['venmo', 'paypal', 'cash-app', 'zelle', 'bank', 'credit-union', 'prepaid-card', 'cash-box', 'crypto-wallet', 'other'] as const;
export type AccountKind = (typeof accountKinds)[number];
