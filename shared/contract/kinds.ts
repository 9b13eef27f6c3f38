// The kinds of entry, of payment account, of key slot, of statement and of date written in one,
// apart from their schemas, so that the CLI's help can list them, and the CLI can read the key-slot
// file, without loading the whole contract.

/** What an entry records: money in, money out, money moving, a platform's fee, a correction. */
export const entryKinds = ['contribution', 'disbursement', 'transfer', 'fee', 'adjustment'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** Where the group's money is held. */
export const accountKinds = ['venmo', 'paypal', 'cash-app', 'zelle', 'bank', 'credit-union', 'prepaid-card', 'cash-box', 'crypto-wallet', 'other'] as const;
export type AccountKind = (typeof accountKinds)[number];

/** Whose secret opens a key slot. */
export const keySlotKinds = ['treasurer', 'co-treasurer', 'recovery'] as const;

/** The statements the app reads: Venmo, PayPal and Cash App CSVs, OFX/QFX, and any bank's CSV through a saved column mapping. */
export const statementFormats = ['venmo', 'paypal', 'cashapp', 'ofx', 'csv'] as const;
export type StatementFormat = (typeof statementFormats)[number];
/** Each format as people name it. */
export const statementFormatNames: Record<StatementFormat, string> = { venmo: 'Venmo', paypal: 'PayPal', cashapp: 'Cash App', ofx: 'OFX', csv: 'CSV' };

/** The ways a bank writes a date that a column mapping can name: the schema's choices, the reader's patterns and the screen's list. */
export const dateFormats = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof dateFormats)[number];

/** Where a payment account stands with its platform: money leaves only an active or limited one. */
export const accountStatuses = ['active', 'limited', 'frozen', 'closed'] as const;
