// The statements of one retention run, worked out on the app's connection and run in one
// transaction elsewhere (see applyRetention.ts). Each says how many rows it must change, and the
// first two that the ledger's heads are still those they were worked out from: a run meeting a ledger
// that changed meanwhile is rolled back whole, and worked out again.
import type { RetentionAges, ShredRun } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { WriteStep } from '../vault/stepsTransaction.ts';
import { factAfter, factsHead, insertFactSql, type FactContent } from '../ledger/ledgerFacts.ts';
import { monthTotalsHash } from '../ledger/sealedMonths.ts';
import { shiftMonth } from '../calendar.ts';
import { fieldCounts, fieldPolicies, fieldRange, logMonths, monthsToSeal, runBounds } from './retentionPlan.ts';

export type ShredCounts = ShredRun['counts'];

export interface ShredWork {
  steps: WriteStep[];
  counts: ShredCounts;
  /** Whether the steps change anything: they shred something, or only seal months that had no entries left. */
  changesAnything: boolean;
}

const sum = (months: Array<{ count: number }>): number => months.reduce((total, month) => total + month.count, 0);

/** The steps that seal a month: the month and its fact, each entry's stub, then the entries and their receipts go (a month with none is just sealed). */
function sealMonth(db: Ledger, month: string, entries: number, sealedAt: string, previousFact: ReturnType<typeof factsHead>): { steps: WriteStep[]; fact: ReturnType<typeof factAfter> } {
  const totalsHash = monthTotalsHash(db, month);
  const fact = factAfter(previousFact, 'month-sealed', { month, entries, totalsHash, recordedAt: sealedAt } satisfies FactContent);
  const range = [`${month}-01`, `${shiftMonth(month, 1)}-01`];
  const sealing: WriteStep[] = [
    { sql: 'INSERT INTO sealed_months (month, entries, totals_hash, sealed_at) VALUES (?, ?, ?, ?)', params: [month, entries, totalsHash, sealedAt], expectChanges: 1 },
    { sql: insertFactSql, params: [fact.seq, fact.kind, fact.content, fact.contentHash, fact.chainHash], expectChanges: 1 },
  ];
  if (entries === 0) return { steps: sealing, fact };
  const steps: WriteStep[] = [
    ...sealing,
    {
      sql: `INSERT INTO entry_stubs (seq, month, format, content_hash, chain_hash)
              SELECT seq, substr(entry_date, 1, 7), format, content_hash, chain_hash FROM entries WHERE entry_date >= ? AND entry_date < ?`,
      params: range,
      expectChanges: entries,
    },
    { sql: 'DELETE FROM receipts WHERE entry_seq IN (SELECT seq FROM entries WHERE entry_date >= ? AND entry_date < ?)', params: range },
    { sql: 'DELETE FROM entries WHERE entry_date >= ? AND entry_date < ?', params: range, expectChanges: entries },
  ];
  return { steps, fact };
}

/** The run due today under these ages, or its counts all zero when nothing is due. */
export function shredWork(db: Ledger, ages: RetentionAges, today: string, now: Date, startedBy: ShredRun['startedBy']): ShredWork {
  const bounds = runBounds(ages, today);
  const ranAt = now.toISOString();
  let facts = factsHead(db);
  const newestEntry = db.prepare('SELECT max(seq) FROM entries').pluck().get() as number | null;
  const guards: WriteStep[] = [
    { sql: 'SELECT seq, chain_hash FROM facts ORDER BY seq DESC LIMIT 1', params: [], expectRow: facts === null ? null : [facts.seq, facts.chainHash] },
    { sql: 'SELECT max(seq) FROM entries', params: [], expectRow: [newestEntry] },
  ];
  const steps = [...guards];
  const sealing = monthsToSeal(db, bounds);
  for (const { month, count } of sealing) {
    const sealed = sealMonth(db, month, count, ranAt, facts);
    steps.push(...sealed.steps);
    facts = { seq: sealed.fact.seq, chainHash: sealed.fact.chainHash };
  }
  const counts: ShredCounts = { memos: 0, receipts: 0, recipientCodes: 0, entries: sum(sealing), shredLog: 0 };
  const fields = fieldCounts(db, bounds);
  for (const field of fieldPolicies) {
    const { months } = fields[field.policy];
    const range = fieldRange(bounds, field.policy);
    counts[field.policy] = sum(months);
    if (range === null) continue;
    for (const { month, count } of months) {
      // The month, cut to the policy's reach: its first and last months are only partly in it.
      const from = `${month}-01` > range.from ? `${month}-01` : range.from;
      const before = `${shiftMonth(month, 1)}-01` < range.before ? `${shiftMonth(month, 1)}-01` : range.before;
      const where = `entry_date >= ? AND entry_date < ? AND format = 2 AND ${field.holds}`;
      if (field.policy === 'receipts') steps.push({ sql: `DELETE FROM receipts WHERE entry_seq IN (SELECT seq FROM entries WHERE ${where})`, params: [from, before] });
      steps.push({ sql: `UPDATE entries SET ${field.columns.map((column) => `${column} = NULL`).join(', ')} WHERE ${where}`, params: [from, before], expectChanges: count });
    }
  }
  if (bounds.logBefore !== null) {
    counts.shredLog = sum(logMonths(db, bounds));
    steps.push({ sql: 'DELETE FROM shred_log WHERE ran_at < ?', params: [bounds.logBefore], expectChanges: counts.shredLog });
  }
  // A memo leaves the search index's lists only when they are merged: merged now, not some day.
  if (counts.memos > 0 || counts.entries > 0) steps.push({ sql: "INSERT INTO memo_search (memo_search) VALUES ('optimize')", params: [] });
  if (Object.values(counts).some((count) => count > 0)) {
    steps.push({
      sql: 'INSERT INTO shred_log (ran_at, started_by, memos, receipts, recipient_codes, entries, shred_log) VALUES (?, ?, ?, ?, ?, ?, ?)',
      params: [ranAt, startedBy, counts.memos, counts.receipts, counts.recipientCodes, counts.entries, counts.shredLog],
      expectChanges: 1,
    });
  }
  return { steps, counts, changesAnything: steps.length > guards.length };
}
