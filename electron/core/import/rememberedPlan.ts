// A statement's plan is worked out for the preview, and the import writes exactly it. Working it out
// again for the import would double the time a large statement takes, so the last plan is kept,
// with what it was worked out against: the request (the file's text by its hash), the heads of both
// chains (every entry, account, status, category and date setting the plan read), the category
// rules and column mappings, and the day. The import reuses it only if all of those are still the
// same, and checks again inside its write transaction that they are. Kept in memory only, per open
// ledger: gone when the vault locks.
import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { importRequestSchema } from '../../../shared/contract/index.ts';
import { calendarDate } from '../calendar.ts';
import { chainHead } from '../ledger/chainHead.ts';
import { factsHead } from '../ledger/ledgerFacts.ts';
import { unreported, type ReportProgress } from '../longWork.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { planImport, type ImportPlan } from './importPlan.ts';

type ImportRequest = z.output<typeof importRequestSchema>;

const remembered = new WeakMap<Ledger, { against: string; plan: ImportPlan }>();

/** The plan of `request` against the ledger as it is now: the one remembered if nothing it read has changed, else worked out afresh (reporting its progress). */
export async function plannedImport(db: Ledger, request: ImportRequest, now: Date, report: ReportProgress = unreported): Promise<ImportPlan> {
  const against = whatThePlanReads(db, request, now);
  const kept = remembered.get(db);
  if (kept?.against === against) return kept.plan;
  const plan = await planImport(db, request, now, report);
  remembered.set(db, { against, plan });
  return plan;
}

/**
 * Whether `plan` still holds: it is the one remembered, and nothing it read has changed since it was
 * worked out (in another window, or by a retention run in the turns the plan gave). The import asks
 * inside its write transaction, where nothing can change any more.
 */
export function planStillHolds(db: Ledger, request: ImportRequest, now: Date, plan: ImportPlan): boolean {
  const kept = remembered.get(db);
  return kept?.plan === plan && kept.against === whatThePlanReads(db, request, now);
}

function whatThePlanReads(db: Ledger, request: ImportRequest, now: Date): string {
  const { text, ...rest } = request;
  const rules = db.prepare('SELECT json_group_array(json_array(position, contains, direction, category)) FROM category_rules').pluck().get() as string;
  const mappings = db.prepare('SELECT json_group_array(mapping) FROM column_mappings').pluck().get() as string;
  return createHash('sha256')
    .update(JSON.stringify([createHash('sha256').update(text).digest('hex'), rest, chainHead(db), factsHead(db), rules, mappings, calendarDate(now)]))
    .digest('hex');
}
