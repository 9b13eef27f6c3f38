import * as z from 'zod';
import { messageSchema } from '../messages/messageSchema.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';
import { categoryName } from './categories.ts';
import { entryKindSchema } from './ledger.ts';
import { currencyCode, id, minorUnits, plainText, totalMinorUnits } from './common.ts';
import { columnMappingSchema, mappingName } from './columnMapping.ts';
import { statementFormats } from './kinds.ts';
import { method } from './method.ts';

export { statementFormatNames, statementFormats, type StatementFormat } from './kinds.ts';

/** A statement is read whole, in memory; 64 MiB holds several hundred thousand rows. */
export const maxStatementCharacters = 64 * 1024 * 1024;

/**
 * What becomes of one row of a statement:
 * - `book`: booked as the entries shown;
 * - `duplicate`: the platform's transaction is already in the ledger (found by its id);
 * - `possibleDuplicate`: an entry of the same date and amount is already on the account, and the row has no id to be sure by (or the entry none): not booked unless the treasurer says so;
 * - `matchedTransfer`: the other side of a transfer between the group's own accounts, already booked from the other account's statement;
 * - `possibleTransfer`: looks like the other side of such a transfer (same amount, a few days apart), though the statement does not say it is one: not booked unless the treasurer says so;
 * - `notBooked`: the platform says the money did not move (pending, failed, cancelled), it moved in another currency, or its month is sealed;
 * - `problem`: the row cannot be read or booked as it stands; the import is refused until it can.
 */
export const importOutcomes = ['book', 'duplicate', 'possibleDuplicate', 'matchedTransfer', 'possibleTransfer', 'notBooked', 'problem'] as const;
export type ImportOutcome = (typeof importOutcomes)[number];

/** An entry a row will become. */
export const plannedEntrySchema = z.object({
  kind: entryKindSchema,
  amount: totalMinorUnits,
  /** Money into `accountId`, or out of it (a transfer: out of it, into `toAccountId`). */
  direction: z.enum(['in', 'out']),
  accountId: id,
  toAccountId: id.nullable(),
  category: z.string().nullable(),
  /** Null for a payment to nobody named: the ledger gives it a new code as it is written. */
  recipientCode: z.string().nullable(),
  memo: z.string().nullable(),
});
export type PlannedEntry = z.infer<typeof plannedEntrySchema>;

export const previewRowSchema = z.object({
  /** The line of the file the row starts on. */
  line: z.number().int().positive(),
  transactionId: z.string().nullable(),
  /** YYYY-MM-DD, or the text as written when it could not be read. */
  date: z.string(),
  /** Signed: what moved in the statement's account (or its linked one), fee included. Zero when unread. */
  amount: minorUnits,
  fee: minorUnits,
  outcome: z.enum(importOutcomes),
  /** Why it is not simply booked; null for a row booked as it is. */
  reason: messageSchema.nullable(),
  /** The entry a duplicate or a matched transfer is already in the ledger as. */
  matchesSeq: z.number().int().nullable(),
  /** Dated after the account was frozen or closed: the platform reports it, so it is history, and is booked. */
  afterFreeze: z.boolean(),
  /** Whether the category came from one of the treasurer's rules. */
  ruleApplied: z.boolean(),
  entries: z.array(plannedEntrySchema),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

/** What the statement held that the ledger will not: the preview says so before anything is written. */
export const droppedSchema = z.object({
  /** Distinct counterparties (names, usernames, emails) turned into recipient codes. */
  counterparties: z.number().int(),
  /** Notes from which a name, handle, email or phone number was taken out. */
  notesCleaned: z.number().int(),
  /** Bank descriptions read for the rules and the preview, then dropped. */
  descriptions: z.number().int(),
});

export const importRequestSchema = z.strictObject({
  /** The statement file's text. */
  text: z.string().max(maxStatementCharacters, inputProblem(say('input.statementTooLarge'))),
  /** The account the statement is of. */
  accountId: id,
  /** The group's account behind the platform: the bank its transfers go to and come from, or the card or bank that paid when the balance did not. */
  linkedAccountId: id.optional(),
  /** Detected when left out. */
  format: z.enum(statementFormats).optional(),
  /** A bank CSV's saved column mapping, by name. */
  mapping: mappingName.optional(),
  /** Rows (by line) flagged as a possible duplicate or transfer that the treasurer has decided to book all the same. */
  bookAnyway: z.array(z.number().int().positive()).max(1_000_000).default([]),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

export const importPreviewSchema = z.object({
  format: z.enum(statementFormats),
  accountId: id,
  linkedAccountId: id.nullable(),
  currency: currencyCode,
  rows: z.array(previewRowSchema),
  counts: z.record(z.enum(importOutcomes), z.number().int()),
  /** The entries that will be written, and the money they move in and out of the group's accounts. */
  booking: z.object({ entries: z.number().int(), moneyIn: totalMinorUnits, moneyOut: totalMinorUnits }),
  /** The balances the file states, and whether its rows make the one from the other (null when it states neither). */
  balances: z.object({ opening: totalMinorUnits.nullable(), closing: totalMinorUnits.nullable(), agree: z.boolean().nullable() }),
  dropped: droppedSchema,
  /** Rows need the linked account and none was given. */
  needsLinkedAccount: z.boolean(),
  /** Names exactly what will be written: the import refuses to write anything else (the ledger changed since, or other rows were chosen). */
  planDigest: z.string(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What an import answers: the preview it wrote, without its rows (the screen and the CLI have them from the preview), and the entries' numbers. */
export const importResultSchema = z.object({
  preview: importPreviewSchema.omit({ rows: true }),
  firstSeq: z.number().int().nullable(),
  lastSeq: z.number().int().nullable(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const categoryRuleSchema = z.object({
  id: id,
  position: z.number().int().positive(),
  contains: z.string(),
  direction: z.enum(['in', 'out']).nullable(),
  category: z.string(),
});
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

export const importing = {
  peek: method({
    summary: 'The first rows of a CSV file as cells, each with its line: what a column mapping is made from. Writes nothing.',
    access: 'unlocked',
    input: z.strictObject({ text: importRequestSchema.shape.text }),
    output: z.object({ rows: z.array(z.object({ line: z.number().int().positive(), cells: z.array(z.string()) })) }),
  }),
  preview: method({
    summary: 'Read a statement and say what importing it would book, skip and refuse, and what it drops; writes nothing.',
    access: 'unlocked',
    input: importRequestSchema,
    output: importPreviewSchema,
  }),
  apply: method({
    summary: 'Import a statement: every row the preview books, in one transaction, or nothing.',
    access: 'unlocked',
    input: importRequestSchema.extend({
      /** The preview's digest: the import is refused if it would write anything but what the treasurer saw. */
      planDigest: z.string().optional(),
    }),
    output: importResultSchema,
  }),
};

export const rules = {
  list: method({
    summary: 'The category rules, in the order they are tried.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.array(categoryRuleSchema),
  }),
  add: method({
    summary: 'Add a category rule: an imported row whose note or description contains these words gets this category.',
    access: 'unlocked',
    input: z.strictObject({
      contains: plainText(100).refine((words) => words.length > 0, inputProblem(say('input.ruleWords'))),
      category: categoryName,
      direction: z.enum(['in', 'out']).optional(),
      /** Where it goes in the order (1 is tried first); at the end when left out. */
      position: z.number().int().positive().optional(),
    }),
    output: categoryRuleSchema,
  }),
  remove: method({
    summary: 'Remove a category rule.',
    access: 'unlocked',
    input: z.strictObject({ id: id }),
    output: z.object({ removed: categoryRuleSchema }),
  }),
  move: method({
    summary: 'Move a category rule to another place in the order.',
    access: 'unlocked',
    input: z.strictObject({ id: id, position: z.number().int().positive() }),
    output: z.array(categoryRuleSchema),
  }),
};

export const mappings = {
  list: method({
    summary: 'The column mappings saved for banks’ CSV statements, by name.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.array(columnMappingSchema),
  }),
  add: method({
    summary: 'Save how one bank’s CSV statement is read: which column holds the date, the amount (or money in and out), the description and the transaction id; how dates and amounts are written.',
    access: 'unlocked',
    input: columnMappingSchema,
    output: columnMappingSchema,
  }),
  remove: method({
    summary: 'Remove a saved column mapping.',
    access: 'unlocked',
    input: z.strictObject({ name: mappingName }),
    output: z.object({ removed: columnMappingSchema }),
  }),
};
