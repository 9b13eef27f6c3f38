import * as z from 'zod';
import { method } from './method.ts';

/**
 * The long pieces of work, which report their progress. A verify and a retention run go in slices
 * beside other calls and can be stopped; an import holds the other calls until it is done (nothing
 * may change the ledger between its plan and its write), and is stopped only by a lock or by
 * quitting, which write nothing of it.
 */
export const workNames = ['verify', 'retention', 'import', 'handover', 'summary', 'backup', 'csv'] as const;
export type WorkName = (typeof workNames)[number];

/**
 * How far a long piece of work is. `entries`: `done` of `total` entries re-hashed and linked.
 * `database`: SQLite's integrity check and the monthly totals still running elsewhere, with no count
 * to show (`done` and `total` are 0). `shredding`: `done` of `total` steps of a retention run (a
 * policy's month each). `compacting`: the database rewritten so no shredded byte remains (no count).
 * `rows`: `done` of `total` rows of a statement checked and planned. `writing`: `done` of `total`
 * entries of an import written. `exporting`: `done` of `total` rows of a handover written to its file.
 * `receiving`: `done` of `total` rows of a handover file read and written to the new vault (then its
 * check, as `entries` and `database`). `months`: `done` of `total` months of an auditor's summary
 * added up and their small cells hidden (per currency). `copying`: `done` of `total` bytes of a backup's
 * ledger written (then its check, as `entries` and `database`). `csvRows`: `done` of `total` entries
 * of a view written to a CSV file.
 */
export const workProgressSchema = z.object({
  work: z.enum(workNames),
  step: z.enum(['entries', 'database', 'shredding', 'compacting', 'rows', 'writing', 'exporting', 'receiving', 'months', 'copying', 'csvRows']),
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
