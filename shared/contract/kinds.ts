// The kinds of entry, of payment account and of key slot, apart from their schemas, so that the CLI's
// help can list them, and the CLI can read the key-slot file, without loading the whole contract.

/** What an entry records: money in, money out, money moving, a platform's fee, a correction. */
export const entryKinds = ['contribution', 'disbursement', 'transfer', 'fee', 'adjustment'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Where the group's money is held. */
export const accountKinds = ['venmo', 'paypal', 'cash-app', 'zelle', 'bank', 'credit-union', 'prepaid-card', 'cash-box', 'crypto-wallet', 'other'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** Whose secret opens a key slot. */
export const keySlotKinds = ['treasurer', 'co-treasurer', 'recovery'] as const;
