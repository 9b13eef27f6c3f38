import * as z from 'zod';
import { method } from './method.ts';

/** The long pieces of work: they run in slices beside other calls, report progress and can be stopped. */
export const workNames = ['verify', 'retention'] as const;
export type WorkName = (typeof workNames)[number];

/**
 * How far a long piece of work is. `entries`: `done` of `total` entries re-hashed and linked.
 * `database`: SQLite's integrity check and the monthly totals still running elsewhere, with no count
 * to show (`done` and `total` are 0). `shredding`: `done` of `total` steps of a retention run (a
 * policy's month each). `compacting`: the database rewritten so no shredded byte remains (no count).
 */
export const workProgressSchema = z.object({
  work: z.enum(workNames),
  step: z.enum(['entries', 'database', 'shredding', 'compacting']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type WorkProgress = z.infer<typeof workProgressSchema>;

export const work = {
  cancel: method({
    summary: 'Stop the long piece of work running now (a full verify, a retention run): it ends with WORK_CANCELLED, having changed nothing.',
    access: 'always',
    input: z.strictObject({}),
    output: z.object({ cancelled: z.boolean() }),
  }),
};
