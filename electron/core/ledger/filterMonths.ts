import type { EntryFilter, Flow } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { conditions } from './sqlConditions.ts';
import { categoryIs } from './categoryNames.ts';
import { shiftMonth } from '../calendar.ts';
import { flowSums } from './moneyFlow.ts';
import { isOneHolder, payingSideOn, receivingSideOn } from './holderSides.ts';

/**
 * Counts and totals of a filter read from the monthly totals instead of the entries, so that a
 * summary or a window deep in a million entries reads a few thousand rows, not every entry.
 *
 * The monthly totals know the month, account, fund, kind of posting and category of every entry,
 * never its memo or recipient: a filter on those is answered from the entries alone. A date range
 * that starts or ends inside a month is read from the entries for those days, and from the monthly
 * totals for the whole months between.
 *
 * How a posting row of monthly_totals gives an entry count and money in and out:
 *   - each entry posts once, a transfer twice (`transfer` out of the paying side, `transfer-in` into
 *     the receiving side), so without an account the entries are the postings that are not
 *     `transfer-in`, and transfers move no money in or out of the group;
 *   - for one account or fund, each entry posts once on it, except a transfer with both sides on it
 *     (between two funds of one account; between two accounts within one fund), which posts on it
 *     twice and moves nothing in or out: those are read from the entries and taken away;
 *   - a row's money in, money out and adjustments follow from its posting kind and its delta (the
 *     postings' signed effects summed), by the one rule in moneyFlow.ts.
 *
 * Retention removes the entries of old months and keeps their monthly totals (the month is sealed):
 * their money still counts in and out, but no entry of theirs is left to count or list, so a sealed
 * month counts no entries. tests/core/ledger/filterMonths.test.ts holds the two ways of answering to
 * the same result.
 */

/** Whether the monthly totals can answer a filter: they know no memo and no recipient. */
export function answeredByMonths(filter: EntryFilter): boolean {
  return (filter.memoContains ?? '') === '' && (filter.recipientCode ?? '') === '';
}

/** Part of a filter's date range: some days read from the entries, or whole months (bounds included, open when absent). */
export type RangePart = { days: { from: string; to: string } } | { months: { first?: string; last?: string } };

/** A month's count of matching entries and their money in and out, per currency. */
export interface MonthFigures {
  month: string;
  currency: string;
  entries: number;
  moneyIn: number;
  moneyOut: number;
  adjusted: number;
  /** 1 when the month is sealed: its money counts, but its entries were shredded. */
  sealed: 0 | 1;
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const day = new Date(0);
  // Day 0 of the next month is this month's last; setUTCFullYear reads years below 100 as written.
  day.setUTCFullYear(year, monthNumber, 0);
  return `${month}-${String(day.getUTCDate()).padStart(2, '0')}`;
}

/** The filter's date range cut into days at its ends and whole months between, oldest first. */
export function rangeParts(from: string | undefined, to: string | undefined): RangePart[] {
  if (from !== undefined && to !== undefined && from > to) return [{ days: { from, to } }];
  const startsInside = from !== undefined && !from.endsWith('-01');
  const endsInside = to !== undefined && to !== lastDayOf(to.slice(0, 7));
  if (from !== undefined && to !== undefined && from.slice(0, 7) === to.slice(0, 7) && (startsInside || endsInside)) return [{ days: { from, to } }];
  const parts: RangePart[] = [];
  if (startsInside) parts.push({ days: { from, to: lastDayOf(from.slice(0, 7)) } });
  const first = from === undefined ? undefined : startsInside ? shiftMonth(from.slice(0, 7), 1) : from.slice(0, 7);
  const last = to === undefined ? undefined : endsInside ? shiftMonth(to.slice(0, 7), -1) : to.slice(0, 7);
  if (first === undefined || last === undefined || first <= last) parts.push({ months: { first, last } });
  if (endsInside) parts.push({ days: { from: `${to.slice(0, 7)}-01`, to } });
  return parts;
}

/** Per month and currency, the entries a filter (with no memo or recipient) matches in whole months, and their money in and out. */
export function monthFigures(db: Ledger, filter: EntryFilter, months: { first?: string; last?: string }): MonthFigures[] {
  const where = conditions();
  const add = where.add.bind(where);
  if (months.first !== undefined) add('month >= ?', months.first);
  if (months.last !== undefined) add('month <= ?', months.last);
  if (filter.accountId !== undefined) add('account_id = ?', filter.accountId);
  if (filter.fundId !== undefined) add('fund_id = ?', filter.fundId);
  if (filter.category !== undefined && filter.category !== '') add(...categoryIs('category', filter.category));
  if (filter.kind !== undefined) add(filter.kind === 'transfer' ? "posting_kind IN ('transfer', 'transfer-in')" : 'posting_kind = ?', ...(filter.kind === 'transfer' ? [] : [filter.kind]));
  const oneHolder = isOneHolder(filter);
  const counted = `CASE WHEN month IN (SELECT month FROM sealed_months) THEN 0 ${oneHolder ? '' : "WHEN posting_kind = 'transfer-in' THEN 0 "}ELSE postings END`;
  const figures = db
    .prepare(
      `SELECT month, currency, SUM(${counted}) AS entries, month IN (SELECT month FROM sealed_months) AS sealed,
              ${flowSums([{ kind: 'posting_kind', delta: 'delta' }], oneHolder ? 'one-holder' : 'group')}
         FROM monthly_totals ${where.sql}
        GROUP BY month, currency ORDER BY month, currency`,
    )
    .all(...where.params) as MonthFigures[];
  return oneHolder && filter.kind !== undefined && filter.kind !== 'transfer' ? figures : withoutTransfersWithin(db, filter, months, figures);
}

/**
 * Takes away what the monthly totals count twice for one account or fund: transfers with both sides
 * on it (from one of an account's funds to another; from one account to another within a fund).
 */
function withoutTransfersWithin(db: Ledger, filter: EntryFilter, months: { first?: string; last?: string }, figures: MonthFigures[]): MonthFigures[] {
  if (!isOneHolder(filter)) return figures;
  const where = conditions();
  where.add(`${payingSideOn(filter)} AND ${receivingSideOn(filter)}`);
  // Implied already for one account; written out so that SQLite reads them from the index that holds just them.
  if (filter.accountId !== undefined) where.add("e.kind = 'transfer' AND e.to_account_id = e.account_id");
  if (months.first !== undefined) where.add('e.entry_date >= ?', `${months.first}-01`);
  if (months.last !== undefined) where.add('e.entry_date <= ?', `${months.last}-31`);
  if (filter.category !== undefined && filter.category !== '') where.add(...categoryIs('e.category', filter.category));
  const within = db
    .prepare(`SELECT substr(e.entry_date, 1, 7) AS month, e.currency AS currency, count(*) AS entries, SUM(e.sign * e.amount) AS amount FROM entries e ${where.sql} GROUP BY 1, 2`)
    .all(...where.params) as Array<{
    month: string;
    currency: string;
    entries: number;
    amount: number;
  }>;
  for (const transfer of within) {
    const row = figures.find((figure) => figure.month === transfer.month && figure.currency === transfer.currency);
    if (row === undefined) continue;
    row.entries -= transfer.entries;
    // Both of its postings are this account's: one counted as money in, the other as money out.
    row.moneyIn -= transfer.amount;
    row.moneyOut -= transfer.amount;
  }
  return figures;
}

/** Money in and out per currency, added up over months and days alike. */
export function addFlows(flows: Flow[]): Flow[] {
  const byCurrency = new Map<string, Flow>();
  for (const flow of flows) {
    const sum = byCurrency.get(flow.currency) ?? { currency: flow.currency, moneyIn: 0, moneyOut: 0, adjusted: 0 };
    byCurrency.set(flow.currency, { currency: flow.currency, moneyIn: sum.moneyIn + flow.moneyIn, moneyOut: sum.moneyOut + flow.moneyOut, adjusted: sum.adjusted + flow.adjusted });
  }
  return [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
