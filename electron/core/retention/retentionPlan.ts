// What the next run would shred, counted by policy and by the month the records are dated in,
// before anything happens. The run itself (shredSteps.ts) shreds exactly what this counts.
import type { PolicyPlan, RetentionAges, RetentionPlan, RetentionPolicy } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { dueBefore } from './ageCutoff.ts';
import { currentHold } from './legalHold.ts';
import { firstOpenMonth, nextMonth } from '../ledger/sealedMonths.ts';

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
  const due = monthCounts(db, 'SELECT substr(entry_date, 1, 7) AS month, count(*) AS count FROM entries WHERE entry_date < ? GROUP BY 1 ORDER BY 1', `${bounds.stubsBefore}-01`);
  const counts = new Map(due.map(({ month, count }) => [month, count]));
  const months: MonthCounts = [];
  for (let month = firstOpenMonth(db) ?? due[0]?.month; month !== undefined && month < bounds.stubsBefore; month = nextMonth(month)) {
    months.push({ month, count: counts.get(month) ?? 0 });
  }
  return months;
}

/** Per field policy, the months and counts of format-2 entries losing that field. */
export function fieldMonths(db: Ledger, bounds: RunBounds, field: FieldPolicy, format: 1 | 2): MonthCounts {
  const range = fieldRange(bounds, field.policy);
  if (range === null) return [];
  return monthCounts(
    db,
    `SELECT substr(entry_date, 1, 7) AS month, count(*) AS count FROM entries
      WHERE entry_date >= ? AND entry_date < ? AND format = ? AND ${field.holds} GROUP BY 1 ORDER BY 1`,
    range.from,
    range.before,
    format,
  );
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
  const policies: PolicyPlan[] = [
    ...fieldPolicies.map((field) => {
      const waiting = fieldMonths(db, bounds, field, 1).reduce((sum, month) => sum + month.count, 0);
      return planOf(field.policy, ages[field.policy], bounds.fieldsBefore[field.policy], fieldMonths(db, bounds, field, 2), waiting);
    }),
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
