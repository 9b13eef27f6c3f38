import { z } from 'zod';
import { flowSchema, id, isoDate, minorUnits, moneySchema, positiveMinorUnits } from './common.ts';
import { method } from './method.ts';

export const entryKinds = ['contribution', 'disbursement', 'transfer', 'fee', 'adjustment'] as const;
export const entryKindSchema = z.enum(entryKinds);
export type EntryKind = z.infer<typeof entryKindSchema>;

/** A pseudonymous code for a person; never a name. Letters, digits and dashes. */
export const recipientCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'A recipient code is 2 to 32 letters, digits or dashes, such as R-7KQ2MX. Never a name.');

export const receiptMediaTypes = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
/** A receipt is kept inside the vault; 5 MiB is plenty for a phone photo. */
export const maxReceiptBytes = 5 * 1024 * 1024;

export const entrySchema = z.object({
  seq: z.number().int().positive(),
  kind: entryKindSchema,
  date: z.string(),
  amount: positiveMinorUnits,
  /** For an adjustment, whether it adds to or takes from the account; 'in' otherwise. */
  direction: z.enum(['in', 'out']),
  currency: z.string(),
  accountId: id,
  accountName: z.string(),
  toAccountId: id.nullable(),
  toAccountName: z.string().nullable(),
  fundId: id,
  fundName: z.string(),
  toFundId: id.nullable(),
  toFundName: z.string().nullable(),
  category: z.string().nullable(),
  recipientCode: z.string().nullable(),
  memo: z.string().nullable(),
  hasReceipt: z.boolean(),
  /** The entry this one reverses, if it is a correction. */
  reversesSeq: z.number().int().nullable(),
  /** The entry that reversed this one, if any. */
  reversedBySeq: z.number().int().nullable(),
  /** What it did to its account's balance, signed (transfers: to the paying account). */
  accountEffect: minorUnits,
  recordedAt: z.string(),
  contentHash: z.string(),
  chainHash: z.string(),
});
export type Entry = z.infer<typeof entrySchema>;

export const recordInputSchema = z.strictObject({
  kind: entryKindSchema,
  date: isoDate,
  amount: positiveMinorUnits,
  accountId: id,
  /** Transfers: the account the money goes to (may be the same account when only the fund changes). */
  toAccountId: id.optional(),
  /** Defaults to the general fund. */
  fundId: id.optional(),
  /** Transfers: the fund the money moves to; defaults to the same fund. */
  toFundId: id.optional(),
  /** Adjustments only: whether it adds to or takes from the account. */
  direction: z.enum(['in', 'out']).optional(),
  category: z.string().trim().toLowerCase().max(40).optional(),
  /** Left out of a disbursement, a code is generated. */
  recipientCode: recipientCodeSchema.optional(),
  memo: z.string().trim().max(200, 'Keep the memo short: under 200 characters.').optional(),
  receipt: z
    .strictObject({
      mediaType: z.enum(receiptMediaTypes, 'A receipt must be a PNG, JPEG or WebP image, or a PDF.'),
      dataBase64: z.string().max(Math.ceil(maxReceiptBytes / 3) * 4, 'A receipt can be at most 5 MiB.'),
    })
    .optional(),
});
export type RecordInput = z.input<typeof recordInputSchema>;

export const entryFilterSchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  accountId: id.optional(),
  category: z.string().trim().toLowerCase().optional(),
  kind: entryKindSchema.optional(),
  recipientCode: z.string().trim().toUpperCase().optional(),
  memoContains: z.string().trim().max(100).optional(),
});
export type EntryFilter = z.infer<typeof entryFilterSchema>;

export const balancesSchema = z.object({
  accounts: z.array(z.object({ accountId: id, name: z.string(), currency: z.string(), balance: minorUnits })),
  funds: z.array(z.object({ fundId: id, name: z.string(), restricted: z.boolean(), currency: z.string(), balance: minorUnits })),
  currencies: z.array(moneySchema),
});
export type Balances = z.infer<typeof balancesSchema>;

export const ledger = {
  record: method({
    summary: 'Append an entry: a contribution, disbursement, transfer, fee or adjustment.',
    access: 'unlocked',
    input: recordInputSchema,
    output: entrySchema,
  }),
  reverse: method({
    summary: 'Correct an entry by appending its exact opposite, linked to it. An entry can be reversed once.',
    access: 'unlocked',
    input: z.strictObject({ seq: z.number().int().positive(), memo: z.string().trim().max(200).optional() }),
    output: entrySchema,
  }),
  list: method({
    summary: 'Entries matching a filter, newest first, a window at a time (cheap at any offset, for a virtualised table).',
    access: 'unlocked',
    input: entryFilterSchema.extend({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({ entries: z.array(entrySchema) }),
  }),
  summarise: method({
    summary: 'How many entries match a filter, and the money in and out over all of them, per currency.',
    access: 'unlocked',
    input: entryFilterSchema,
    output: z.object({ total: z.number().int(), totals: z.array(flowSchema) }),
  }),
  balances: method({
    summary: 'Balances per account, per fund and per currency, derived from the entries.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: balancesSchema,
  }),
  receipt: method({
    summary: 'The receipt kept with an entry.',
    access: 'unlocked',
    input: z.strictObject({ seq: z.number().int().positive() }),
    output: z.object({ mediaType: z.string(), dataBase64: z.string() }),
  }),
  verify: method({
    summary: "Check the database's integrity and walk the hash chain; report the first broken link.",
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.object({
      ok: z.boolean(),
      integrityCheck: z.string(),
      entriesChecked: z.number().int(),
      firstBrokenLink: z.object({ seq: z.number().int(), problem: z.string() }).nullable(),
      /** 'ok' when the monthly totals balances are read from match the entries; otherwise what differs. */
      monthlyTotalsCheck: z.string(),
    }),
  }),
};
