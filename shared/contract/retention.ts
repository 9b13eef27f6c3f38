import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';
import { confirmationSchema } from './vault.ts';
import { freeText } from './common.ts';
import { method } from './method.ts';

/**
 * What retention shreds, one policy each: memos, receipts, recipient codes (with the payment
 * platform's transaction ids, which link an entry to an import), whole entries (kept as stubs in
 * the chain and as sealed monthly totals), and the shred log itself.
 */
export const retentionPolicies = ['memos', 'receipts', 'recipientCodes', 'entries', 'shredLog'] as const;
export type RetentionPolicy = (typeof retentionPolicies)[number];

/** An age as the treasurer writes it: `90d`, `12m`, `2y`, or `never`; at least a day, at most a hundred years. */
export const retentionAgeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((text) => text === 'never' || /^[1-9]\d{0,4}[dmy]$/.test(text), { message: inputProblem(say('input.retentionAge')), abort: true })
  .refine((text) => text === 'never' || Number(text.slice(0, -1)) <= { d: 36_500, m: 1_200, y: 100 }[text.slice(-1) as 'd' | 'm' | 'y'], inputProblem(say('input.retentionAgeTooLong')));
export type RetentionAge = z.output<typeof retentionAgeSchema>;

/** An age's number and unit (`12m`: 12 months), or null for `never` (or anything the schema would refuse). */
export function ageParts(age: string): { count: number; unit: 'd' | 'm' | 'y' } | null {
  const match = /^(\d+)([dmy])$/.exec(age);
  return match === null ? null : { count: Number(match[1]), unit: match[2] as 'd' | 'm' | 'y' };
}

export const retentionAgesSchema = z.object({
  memos: z.string(),
  receipts: z.string(),
  recipientCodes: z.string(),
  entries: z.string(),
  shredLog: z.string(),
});
export type RetentionAges = z.infer<typeof retentionAgesSchema>;

/** A legal hold: while one stands, nothing is shredded. */
export const holdSchema = z.object({ note: z.string(), placedAt: z.string() });
export type Hold = z.infer<typeof holdSchema>;

/** How many items one policy shreds in one month (the month the entries are dated in). */
const monthCountSchema = z.object({ month: z.string(), count: z.number().int().nonnegative() });

export const policyPlanSchema = z.object({
  policy: z.enum(retentionPolicies),
  age: z.string(),
  /** Items dated before this day are shredded; null for `never`. Whole entries go by whole months before it. */
  before: z.string().nullable(),
  months: z.array(monthCountSchema),
  total: z.number().int().nonnegative(),
  /** Fields of entries recorded before shredding existed (format 1): they go only with their whole month. */
  keptUntilTheirMonthGoes: z.number().int().nonnegative(),
});
export type PolicyPlan = z.infer<typeof policyPlanSchema>;

export const retentionPlanSchema = z.object({
  today: z.string(),
  hold: holdSchema.nullable(),
  policies: z.array(policyPlanSchema),
  /** Whether the next run would shred anything (false under a hold). */
  shredsAnything: z.boolean(),
});
export type RetentionPlan = z.infer<typeof retentionPlanSchema>;

/** What started a run: the unlock, the daily run while unlocked, or the treasurer. */
export const runStarts = ['unlock', 'daily', 'treasurer'] as const;

/** One run in the shred log: when, what started it, and how many of each policy — never what. */
export const shredRunSchema = z.object({
  ranAt: z.string(),
  startedBy: z.enum(runStarts),
  counts: z.object({ memos: z.number(), receipts: z.number(), recipientCodes: z.number(), entries: z.number(), shredLog: z.number() }),
});
export type ShredRun = z.infer<typeof shredRunSchema>;

export const retentionOverviewSchema = z.object({
  ages: retentionAgesSchema,
  /** Whether the group has chosen a schedule; before that, nothing is shredded. */
  chosen: z.boolean(),
  recommended: retentionAgesSchema,
  /** Every change of the schedule, newest first. */
  changes: z.array(z.object({ ages: retentionAgesSchema, recordedAt: z.string() })),
  /** The shred log, newest first. */
  runs: z.array(shredRunSchema),
  hold: holdSchema.nullable(),
  /** Every hold placed and lifted, newest first. */
  holds: z.array(z.object({ note: z.string(), placedAt: z.string(), liftedAt: z.string().nullable() })),
  /** The first month whose entries are still whole; null if no month was sealed. */
  sealedBefore: z.string().nullable(),
});
export type RetentionOverview = z.infer<typeof retentionOverviewSchema>;

const noteSchema = freeText(500).refine((note) => note.length > 0, inputProblem(say('input.holdNoteEmpty')));

export const retention = {
  show: method({
    summary: 'The retention schedule, its changes, the shred log, and the legal hold if one stands.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: retentionOverviewSchema,
  }),
  plan: method({
    summary: 'What the next run would shred, by policy and month, before anything happens.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: retentionPlanSchema,
  }),
  apply: method({
    summary: 'Shred what the schedule says is due, in one transaction, then compact the database so no removed byte remains. Refused under a legal hold.',
    access: 'unlocked',
    work: 'retention',
    input: z.strictObject({ startedBy: z.enum(runStarts).default('treasurer') }),
    output: z.object({ run: shredRunSchema.nullable(), compacted: z.boolean() }),
  }),
  set: method({
    summary: 'Change how long each kind of record is kept; every change is recorded with its date. `recommended` takes the recommended schedule.',
    access: 'unlocked',
    input: z.strictObject({
      recommended: z.boolean().optional(),
      memos: retentionAgeSchema.optional(),
      receipts: retentionAgeSchema.optional(),
      recipientCodes: retentionAgeSchema.optional(),
      entries: retentionAgeSchema.optional(),
      shredLog: retentionAgeSchema.optional(),
    }),
    output: retentionOverviewSchema,
  }),
};

export const hold = {
  status: method({
    summary: 'Whether a legal hold stands, since when and why.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: z.object({ hold: holdSchema.nullable() }),
  }),
  place: method({
    summary: 'Place a legal hold (a subpoena, a lawsuit, an audit): no run shreds anything until it is lifted.',
    access: 'unlocked',
    input: z.strictObject({ note: noteSchema }),
    output: z.object({ hold: holdSchema }),
  }),
  lift: method({
    summary: 'Lift the legal hold; needs the passphrase (or the recovery code).',
    access: 'unlocked',
    input: z.strictObject({ confirmWith: confirmationSchema }),
    output: z.object({ hold: z.null(), liftedAt: z.string() }),
  }),
};
