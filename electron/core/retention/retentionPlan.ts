// What the next run would shred, counted by policy and by the month the records are dated in,
// before anything happens. The run itself (shredSteps.ts) shreds exactly what this counts.
import type { PolicyPlan, RetentionAges, RetentionPlan, RetentionPolicy } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { dueBefore } from './ageCutoff.ts';
import { currentHold } from './legalHold.ts';
import { firstOpenMonth } from '../ledger/sealedMonths.ts';
import { shiftMonth } from '../calendar.ts';
import { monthFigures } from '../ledger/filterMonths.ts';

/** A shreddable field's policy: which entries still hold it (the SQL condition), and the columns a run makes NULL. */
export interface FieldPolicy {
  policy: Extract<RetentionPolicy, 'memos' | 'receipts' | 'recipientCodes'>;
  holds: string;
  columns: readonly string[];
}

/** The fields each policy shreds: a recipient code goes with the platform's transaction id, the link an import leaves. */
export const fieldPolicies: readonly FieldPolicy[] = [
  { policy: 'memos', holds: 'memo IS NOT NULL', columns: ['memo', 'memo_salt'] },
  { policy: 'receipts', holds: 'receipt_sha256 IS NOT NULL', columns: ['receipt_sha256', 'receipt_salt'] },
  {
    policy: 'recipientCodes',
    holds: '(recipient_code IS NOT NULL OR platform_transaction_id IS NOT NULL)',
    columns: ['recipient_code', 'recipient_code_salt', 'platform_transaction_id', 'platform_transaction_id_salt'],
  },
];

/** The dates a run works between, worked out once from the ages and today. */
export interface RunBounds {
  /** Whole months before this one (YYYY-MM) become stubs; null when the entries are kept. */
  stubsBefore: string | null;
  /** Per field policy, entries dated before this day lose the field; null for `never`. */
  fieldsBefore: Record<FieldPolicy['policy'], string | null>;
  /** Shred-log rows written before this day are removed; null for `never`. */
  logBefore: string | null;
}

export function runBounds(ages: RetentionAges, today: string): RunBounds {
  const entriesBefore = dueBefore(ages.entries, today);
  return {
    stubsBefore: entriesBefore === null ? null : entriesBefore.slice(0, 7),
    fieldsBefore: { memos: dueBefore(ages.memos, today), receipts: dueBefore(ages.receipts, today), recipientCodes: dueBefore(ages.recipientCodes, today) },
    logBefore: dueBefore(ages.shredLog, today),
  };
}

/** The entry dates a field policy reaches: from the first month not becoming stubs up to its day. */
export function fieldRange(bounds: RunBounds, policy: FieldPolicy['policy']): { from: string; before: string } | null {
  const before = bounds.fieldsBefore[policy];
  if (before === null) return null;
  const from = bounds.stubsBefore === null ? '0000-01-01' : `${bounds.stubsBefore}-01`;
  return before > from ? { from, before } : null;
}

type MonthCounts = Array<{ month: string; count: number }>;

function monthCounts(db: Ledger, sql: string, ...params: Array<string | number>): MonthCounts {
  return db.prepare(sql).all(...params) as MonthCounts;
}

function planOf(policy: RetentionPolicy, age: string, before: string | null, months: MonthCounts, keptUntilTheirMonthGoes = 0): PolicyPlan {
  return { policy, age, before, months, total: months.reduce((sum, month) => sum + month.count, 0), keptUntilTheirMonthGoes };
}

/**
 * The months a run seals, oldest first, with how many entries each has left to become stubs: every
 * month before the bound, from the first one not yet sealed (or, before any was, the month of the
 * oldest entry). A month with no entries is sealed too, so that no entry can be dated in it later.
 */
export function monthsToSeal(db: Ledger, bounds: RunBounds): MonthCounts {
  if (bounds.stubsBefore === null) return [];
  // Counted from the monthly totals (a few rows a month), as the ledger's own counts are: not by reading every entry.
  const counts = new Map<string, number>();
  for (const { month, entries } of monthFigures(db, {}, { last: shiftMonth(bounds.stubsBefore, -1) })) counts.set(month, (counts.get(month) ?? 0) + entries);
  const due = [...counts].filter(([, count]) => count > 0).map(([month]) => ({ month }));
  const months: MonthCounts = [];
  for (let month = firstOpenMonth(db) ?? due[0]?.month; month !== undefined && month < bounds.stubsBefore; month = shiftMonth(month, 1)) {
    months.push({ month, count: counts.get(month) ?? 0 });
  }
  return months;
}

/** What the field policies reach: per policy, the format-2 entries losing the field by month, and how many format-1 entries keep it until their month goes. */
export type FieldCounts = Record<FieldPolicy['policy'], { months: MonthCounts; waiting: number }>;

/**
 * Counts what every field policy reaches in one pass over the entries in their reach, rather than a
 * pass per policy and format: at a million entries each pass reads hundreds of thousands of rows.
 */
export function fieldCounts(db: Ledger, bounds: RunBounds): FieldCounts {
  const counts = Object.fromEntries(fieldPolicies.map(({ policy }) => [policy, { months: [] as MonthCounts, waiting: 0 }])) as FieldCounts;
  const ranges = fieldPolicies.map(({ policy }) => fieldRange(bounds, policy));
  const reached = ranges.filter((range) => range !== null);
  if (reached.length === 0) return counts;
  const from = reached[0]?.from ?? '';
  const before = reached.reduce((latest, range) => (range.before > latest ? range.before : latest), from);
  // Each policy's own day: an entry dated before it, holding the field, counts for that policy.
  const sums = fieldPolicies.map(({ holds }, index) => `SUM(entry_date < ? AND ${holds}) AS f${index}`).join(', ');
  const rows = db
    .prepare(`SELECT substr(entry_date, 1, 7) AS month, format, ${sums} FROM entries WHERE entry_date >= ? AND entry_date < ? GROUP BY 1, 2 ORDER BY 1`)
    .all(...ranges.map((range) => range?.before ?? ''), from, before) as Array<Record<string, string | number>>;
  fieldPolicies.forEach(({ policy }, index) => {
    for (const row of rows) {
      const count = Number(row[`f${index}`]);
      if (count === 0) continue;
      if (row.format === 2) counts[policy].months.push({ month: String(row.month), count });
      else counts[policy].waiting += count;
    }
  });
  return counts;
}

/** The shred-log rows a run removes, by the month they were written in. */
export function logMonths(db: Ledger, bounds: RunBounds): MonthCounts {
  if (bounds.logBefore === null) return [];
  return monthCounts(db, 'SELECT substr(ran_at, 1, 7) AS month, count(*) AS count FROM shred_log WHERE ran_at < ? GROUP BY 1 ORDER BY 1', bounds.logBefore);
}

/** The plan of the next run under these ages; under a hold it shreds nothing, and says so. */
export function retentionPlan(db: Ledger, ages: RetentionAges, today: string): RetentionPlan {
  const hold = currentHold(db);
  const bounds = runBounds(ages, today);
  const fields = fieldCounts(db, bounds);
  const policies: PolicyPlan[] = [
    ...fieldPolicies.map(({ policy }) => planOf(policy, ages[policy], bounds.fieldsBefore[policy], fields[policy].months, fields[policy].waiting)),
    planOf(
      'entries',
      ages.entries,
      bounds.stubsBefore === null ? null : `${bounds.stubsBefore}-01`,
      monthsToSeal(db, bounds).filter(({ count }) => count > 0),
    ),
    planOf('shredLog', ages.shredLog, bounds.logBefore, logMonths(db, bounds)),
  ];
  return { today, hold, policies, shredsAnything: hold === null && policies.some((plan) => plan.total > 0) };
}
