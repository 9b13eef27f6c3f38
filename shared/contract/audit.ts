// The auditor's summary: a period's figures that name nobody, signed with the group's key
// (docs/summary-format.md). The schema below is the file's; a file that does not fit it exactly is
// not a summary.
import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { languages } from '../messages/language.ts';
import { say } from '../messages/message.ts';
import { accountStatuses } from './accounts.ts';
import { accountKinds } from './kinds.ts';
import { isoMonth as month } from './common.ts';
import { anchorSchema } from './ledger.ts';
import { method } from './method.ts';

export const summaryFormat = 'mutual-ledger-summary';
export const summaryVersion = 1;
/** The fewest postings a shown cell may hold, unless the treasurer asks for more: the US CMS cell-size rule. */
export const defaultSmallestCell = 11;
/** Below this, hiding small cells protects nobody. */
export const leastSmallestCell = 5;
/** The most months one summary covers: ten years. */
export const longestSummaryPeriod = 120;

const amount = z.number().int().safe();
const count = z.number().int().nonnegative();
const fingerprint = z.string().regex(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A cell: how many postings and their money, or hidden because it holds too few, or to keep another from being worked out. */
export const summaryFigureSchema = z.union([z.strictObject({ count, amount }), z.strictObject({ hidden: z.literal(true) })]);
export type SummaryFigure = z.infer<typeof summaryFigureSchema>;

/** Money in, money out and adjustments by the ledger's one rule; `transfers` is the net of transfers into and out of an account or fund. */
const flowFigures = z.strictObject({ moneyIn: summaryFigureSchema, moneyOut: summaryFigureSchema, adjusted: summaryFigureSchema });
const holderFigures = flowFigures.extend({ transfers: summaryFigureSchema });

export const summaryMonthSchema = z.strictObject({
  month,
  currency: z.string().regex(/^[A-Z]{3}$/),
  total: flowFigures,
  /** Money out split: aid (disbursements) and platform fees. */
  outflow: z.strictObject({ aid: summaryFigureSchema, fees: summaryFigureSchema }),
  /** Per category (null: none given): contributions in and disbursements and fees out. */
  categories: z.array(z.strictObject({ category: z.string().nullable(), moneyIn: summaryFigureSchema, moneyOut: summaryFigureSchema })),
  funds: z.array(holderFigures.extend({ fundId: z.number().int().positive() })),
  accounts: z.array(holderFigures.extend({ accountId: z.number().int().positive() })),
  /** What each restricted fund paid out, per category: the purpose it may be spent on. */
  restricted: z.array(z.strictObject({ fundId: z.number().int().positive(), category: z.string().nullable(), moneyOut: summaryFigureSchema })),
});
export type SummaryMonth = z.infer<typeof summaryMonthSchema>;

const balance = z.strictObject({ currency: z.string().regex(/^[A-Z]{3}$/), opening: amount, closing: amount });

export const summarySchema = z.strictObject({
  format: z.literal(summaryFormat),
  version: z.literal(summaryVersion),
  period: z.strictObject({ from: month, to: month }),
  /** The month it was made in: no date finer than the month appears anywhere. */
  madeIn: month,
  smallestCell: z.number().int().min(leastSmallestCell),
  accounts: z.array(
    z.strictObject({
      accountId: z.number().int().positive(),
      /** The group's name for it; an account held by a member is shown by its kind alone. */
      name: z.string().nullable(),
      kind: z.enum(accountKinds),
      heldBy: z.enum(['organisation', 'member']),
      currency: z.string(),
      opening: amount,
      closing: amount,
      statusAtClose: z.enum(accountStatuses),
    }),
  ),
  funds: z.array(z.strictObject({ fundId: z.number().int().positive(), name: z.string(), restricted: z.boolean(), purpose: z.string().nullable(), balances: z.array(balance) })),
  months: z.array(summaryMonthSchema),
  /** Money in accounts frozen at the period's close, per currency. */
  frozenAtClose: z.array(z.strictObject({ currency: z.string(), amount, accounts: count })),
  /** Reconciliations with a statement dated in the period. */
  reconciliations: count,
  retention: z.strictObject({
    /** Runs of the retention schedule in the period that shredded anything, and how many entries they shredded (counts only). */
    runs: count,
    entriesShredded: count,
    /** Whether a legal hold stood at any time in the period. */
    holdStood: z.boolean(),
  }),
  /** The ledger as it stood when the summary was made: what `verify --since-summary` checks today's ledger extends. */
  ledger: z.strictObject({ entries: count, anchor: anchorSchema }),
  /** The summary made before this one from the same ledger, if any: its period and the SHA-256 of its file. */
  previous: z.strictObject({ period: z.strictObject({ from: month, to: month }), anchor: anchorSchema, fileSha256: sha256 }).nullable(),
});
export type Summary = z.infer<typeof summarySchema>;

/** The file: the summary, and the group key's signature over its canonical JSON. */
export const signedSummarySchema = z.strictObject({
  summary: summarySchema,
  signature: z.strictObject({
    algorithm: z.literal('ed25519'),
    /** The group's public key, 32 bytes in base64. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    fingerprint,
    /** 64 bytes in base64. */
    value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  }),
});
export type SignedSummary = z.infer<typeof signedSummarySchema>;

const filePath = (problem: ReturnType<typeof say>) => z.string().trim().min(1, inputProblem(problem)).max(4096);

/** A summary read back and verified. */
export const verifiedSummarySchema = z.object({ summary: summarySchema, fingerprint, fileSha256: sha256 });
export type VerifiedSummary = z.infer<typeof verifiedSummarySchema>;

export const audit = {
  summary: method({
    summary: 'Make and sign the summary of whole past months that names nobody, and write it (and, if asked, an hledger journal of its monthly totals).',
    access: 'unlocked',
    input: z
      .strictObject({
        from: month,
        to: month,
        smallestCell: z
          .number()
          .int()
          .min(leastSmallestCell, inputProblem(say('input.smallestCellTooSmall', { least: leastSmallestCell })))
          .max(1_000)
          .default(defaultSmallestCell),
        path: filePath(say('input.chooseSummaryPath')),
        journalPath: filePath(say('input.chooseJournalPath')).optional(),
        /** A PDF of it to print, in this language. */
        pdfPath: filePath(say('input.choosePdfPath')).optional(),
        language: z.enum(languages).default('en'),
      })
      .refine((input) => input.from <= input.to, { message: inputProblem(say('input.periodBackwards')), path: ['to'] }),
    output: verifiedSummarySchema.extend({ path: z.string(), journalPath: z.string().nullable(), pdfPath: z.string().nullable() }),
  }),
  verify: method({
    summary: 'Read a summary file and check its signature: needs no vault and no passphrase. Any change to the file fails, saying what failed.',
    access: 'always',
    input: z.strictObject({ path: filePath(say('input.chooseSummaryFile')) }),
    output: verifiedSummarySchema,
  }),
  pdf: method({
    summary: 'Check a summary file, then write it as a PDF to print, in English or Spanish, with its fingerprint and how to verify the file: needs no vault.',
    access: 'always',
    input: z.strictObject({
      path: filePath(say('input.chooseSummaryFile')),
      pdfPath: filePath(say('input.choosePdfPath')),
      language: z.enum(languages).default('en'),
    }),
    output: verifiedSummarySchema.extend({ pdfPath: z.string() }),
  }),
};
