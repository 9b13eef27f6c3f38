import * as z from 'zod';
import { messageSchema } from '../messages/messageSchema.ts';
import { categoryName } from './categories.ts';
import { flowSchema, freeText, id, isoDate, isoMonth, minorUnits, moneySchema, positiveMinorUnits, totalMinorUnits } from './common.ts';
import { entryKinds } from './kinds.ts';
import { method } from './method.ts';
import { recordInputSchema } from './recordInput.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { languages } from '../messages/language.ts';
import { ageLockSchema, recipientFactsSchema } from './ageLock.ts';
import { monthReportSchema } from './monthReport.ts';
import { say } from '../messages/message.ts';

export { entryKinds, type EntryKind } from './kinds.ts';
export const entryKindSchema = z.enum(entryKinds);

// The record input (one shape per kind) lives in its own file; these names have always been imported from here.
export {
  categoryWhenLeftOut,
  entryMemoSchema,
  kindTakes,
  maxReceiptBytes,
  receiptMediaTypes,
  recipientCodeSchema,
  recordFieldsByKind,
  recordInputOf,
  recordInputSchema,
  type KindFields,
  type RecordField,
  type RecordFields,
  type RecordInput,
} from './recordInput.ts';

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
  /** The fields the retention schedule shredded from this entry (their digests stay, so it still verifies). */
  shredded: z.array(z.enum(['memo', 'recipientCode', 'receipt', 'platformTransactionId'])),
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

/** An entry just recorded or reversed, with what the treasurer should know about it (money recorded on a frozen account). */
export const recordedEntrySchema = entrySchema.extend({ notices: z.array(messageSchema) });
export type RecordedEntry = z.infer<typeof recordedEntrySchema>;

/** An entry as a list shows it: with the running balance, when the view has one. */
export const ledgerRowSchema = entrySchema.extend({
  /**
   * The account's or fund's balance just after this entry (all its entries up to it by date and
   * number, in this entry's currency), when the view is one account or one fund narrowed by dates
   * alone; null in any other view, where no balance runs down the rows.
   */
  balanceAfter: totalMinorUnits.nullable(),
  /**
   * A reconciliation ticked it as shown on a statement. In a view of one account: on that account's
   * statement. In any other view: on the statement of every account it moves, so a transfer between
   * two accounts is cleared once both statements showed it (until then the money is on its way).
   */
  cleared: z.boolean(),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

export const entryFilterSchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  accountId: id.optional(),
  /** A fund's entries: those it pays from and those it receives (a transfer between two funds is in the view of either). */
  fundId: id.optional(),
  category: categoryName.optional(),
  kind: entryKindSchema.optional(),
  recipientCode: z.string().trim().toUpperCase().max(32).optional(),
  memoContains: freeText(100).optional(),
});
export type EntryFilter = z.infer<typeof entryFilterSchema>;

export const balancesSchema = z.object({
  accounts: z.array(z.object({ accountId: id, name: z.string(), currency: z.string(), balance: totalMinorUnits })),
  /** Per fund and currency; a fund that holds nothing yet has one row with no currency and a zero balance. */
  funds: z.array(z.object({ fundId: id, name: z.string(), restricted: z.boolean(), currency: z.string().nullable(), balance: totalMinorUnits })),
  currencies: z.array(moneySchema),
});
export type Balances = z.infer<typeof balancesSchema>;

/** The last link of a hash chain: its number and chain hash. Written SEQ:HASH on paper and on the command line. */
export const chainHeadSchema = z.strictObject({
  seq: z.number().int().positive(),
  chainHash: z.string().regex(/^[0-9a-f]{64}$/, inputProblem(say('input.chainHash'))),
});
export type ChainHead = z.infer<typeof chainHeadSchema>;

/**
 * One value to write down that covers both chains: SHA-256 over the chain hash of entry `entriesSeq`
 * (32 zero bytes when 0) and that of fact `factsSeq`. Written E:F:HASH.
 */
export const anchorSchema = z.strictObject({
  entriesSeq: z.number().int().nonnegative(),
  factsSeq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, inputProblem(say('input.anchorHash'))),
});
export type Anchor = z.infer<typeof anchorSchema>;

export const ledgerHeadSchema = z.object({
  entries: z.number().int(),
  /** The ledger's anchor, covering both chains: the one thing to write down or sign. */
  anchor: anchorSchema.nullable(),
  /** The last entry's number and chain hash; null before the first entry. */
  head: chainHeadSchema.nullable(),
  /** The last fact's number and chain hash. */
  factsHead: chainHeadSchema.nullable(),
});
export type LedgerHead = z.infer<typeof ledgerHeadSchema>;

/** The first entry whose hash, receipt or link does not hold, and what is wrong with it. */
const brokenLinkSchema = z.object({ seq: z.number().int(), problem: messageSchema });

export const ledger = {
  record: method({
    summary: 'Append an entry: a contribution, disbursement, transfer, fee or adjustment.',
    access: 'unlocked',
    input: recordInputSchema,
    output: recordedEntrySchema,
  }),
  reverse: method({
    summary: "Correct an entry by appending its exact opposite, linked to it, dated today or a day chosen from the original's date on. An entry can be reversed once.",
    access: 'unlocked',
    input: z.strictObject({
      seq: z.number().int().positive(),
      memo: freeText(200).optional(),
      /** The correction's date: today when left out; the original's date puts it in the month of the mistake. */
      date: isoDate.optional(),
    }),
    output: recordedEntrySchema,
  }),
  list: method({
    summary: 'Entries matching a filter, newest first, a window at a time (cheap at any offset, for a virtualised table).',
    access: 'unlocked',
    input: entryFilterSchema.extend({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({ entries: z.array(ledgerRowSchema) }),
  }),
  count: method({
    summary: 'How many entries match a filter: a memo search alone is counted from the memo index, at once, before its totals are added up.',
    access: 'unlocked',
    input: entryFilterSchema,
    output: z.object({ total: z.number().int() }),
  }),
  summarise: method({
    summary: 'How many entries match a filter, and the money in and out over all of them, per currency.',
    access: 'unlocked',
    input: entryFilterSchema,
    output: z.object({
      total: z.number().int(),
      totals: z.array(flowSchema),
      /** The totals include months whose entries the retention schedule shredded: their money, not their entries, which `total` leaves out. */
      includesShredded: z.boolean(),
    }),
  }),
  monthReport: method({
    summary:
      "A month's report for the group's meeting: money in and out per category, and each fund's and account's opening balance, movements and closing balance, per currency. This month so far, or any month before.",
    access: 'unlocked',
    input: z.strictObject({ month: isoMonth }),
    output: monthReportSchema,
  }),
  exportCsv: method({
    summary:
      'Write every entry of a filtered view, newest first, to a new CSV file (never over a file already there; all or nothing): not encrypted, or encrypted with age to a recipient or to a six-word passphrase made now and shown once.',
    access: 'unlocked',
    input: entryFilterSchema.extend({
      path: z
        .string()
        .trim()
        .min(1, inputProblem(say('input.chooseCsvPath')))
        .max(4096),
      /** Left out, the file is not encrypted: anyone with it reads every memo. */
      encrypt: ageLockSchema.optional(),
      /** The language of the headings and the words in the cells (kinds, categories). */
      language: z.enum(languages).default('en'),
    }),
    output: z.object({
      path: z.string(),
      rows: z.number().int().nonnegative(),
      /** The recipient's facts, when encrypted to one. */
      recipient: recipientFactsSchema.nullable(),
      /** The passphrase that opens the file, when encrypted to one: shown this once, kept nowhere. */
      passphrase: z.string().nullable(),
    }),
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
  head: method({
    summary: 'How many entries the ledger holds, and the heads of its two hash chains (entries and facts), to write down or sign.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: ledgerHeadSchema,
  }),
  verify: method({
    summary: "Check the database's integrity, walk both hash chains, and check the ledger still extends a head written down before.",
    access: 'unlocked',
    work: 'verify',
    input: z.strictObject({
      /** A head of the entries chain written down or signed earlier: the ledger must still extend it. */
      expectHead: chainHeadSchema.optional(),
      /** Likewise for the facts chain. */
      expectFactsHead: chainHeadSchema.optional(),
      /** An anchor written down earlier: both chains must still extend it. */
      expectAnchor: anchorSchema.optional(),
      /** A summary this vault signed (its file's full path): both chains must still extend the anchor it states. */
      expectSummary: z.string().trim().min(1).max(4096).optional(),
    }),
    output: ledgerHeadSchema.extend({
      ok: z.boolean(),
      /** ledger.check.ok, or what SQLite's integrity_check reports. */
      integrityCheck: messageSchema,
      entriesChecked: z.number().int(),
      firstBrokenLink: brokenLinkSchema.nullable(),
      /** ledger.check.ok when the monthly totals balances are read from match the entries; otherwise what differs. */
      monthlyTotalsCheck: messageSchema,
      factsChecked: z.number().int(),
      /** ledger.check.ok when the facts chain is whole and the accounts, freezes, funds, categories and reconciliations match it. */
      factsCheck: messageSchema,
      /** ledger.check.ok, ledger.check.notAsked when no head was given, or how the ledger fails to extend the head given. */
      headCheck: messageSchema,
    }),
  }),
  quickCheck: method({
    summary: 'The check the app runs on every unlock: the newest 1,000 entries re-hashed and linked to the one before them, and the facts chain.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.object({
      ok: z.boolean(),
      entriesChecked: z.number().int(),
      firstBrokenLink: brokenLinkSchema.nullable(),
      factsChecked: z.number().int(),
      /** ledger.check.ok when the facts chain is whole and the tables match it. */
      factsCheck: messageSchema,
    }),
  }),
  earliestDate: method({
    summary: 'The earliest date an entry, status change or statement may have in this vault.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.object({ earliestDate: z.string() }),
  }),
  setEarliestDate: method({
    summary: 'Set the earliest date the vault accepts (by default 2000-01-01), so a mistyped year is refused.',
    access: 'unlocked',
    input: z.strictObject({ earliestDate: isoDate }),
    output: z.object({ earliestDate: z.string() }),
  }),
};
