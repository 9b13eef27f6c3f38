// A month's report for the group's meeting: per currency, the money in and out per category, and each
// fund's and account's opening balance, movements and closing balance. Read from the monthly totals
// alone, so a month whose entries retention shredded reports the same figures, and a report of any
// month reads a few hundred rows however long the ledger.
import type { MonthReport, MonthReportCurrency } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { statusOn } from '../accounts/accountStatus.ts';
import { calendarDate } from '../calendar.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { shownCategories } from './categoryNames.ts';
import { flowSums } from './moneyFlow.ts';

/** What one fund or account did in the month, in one currency, before its name is added. */
interface HolderFigures {
  holder: number;
  currency: string;
  opening: number;
  moneyIn: number;
  moneyOut: number;
  adjusted: number;
  transfers: number;
  closing: number;
}

/** The month's money by the one rule (moneyFlow.ts): transfers are neither in nor out (a holder's are added up apart). */
const groupFlows = flowSums([{ kind: 'posting_kind', delta: 'delta' }], 'group');

/**
 * Per fund or account and currency: the balance before the month, the month's postings by the one
 * rule, and transfers apart as their net (what moved in less what moved out). Only those that held
 * money at some point of the month or posted in it.
 */
function holderFigures(db: Ledger, column: 'fund_id' | 'account_id', month: string): HolderFigures[] {
  const rows = db
    .prepare(
      `SELECT ${column} AS holder, currency,
              COALESCE(SUM(CASE WHEN month < @month THEN delta END), 0) AS opening,
              COALESCE(SUM(CASE WHEN month = @month THEN postings END), 0) AS postings,
              ${flowSums([{ kind: 'posting_kind', delta: 'CASE WHEN month = @month THEN delta ELSE 0 END' }], 'group')},
              COALESCE(SUM(CASE WHEN month = @month AND posting_kind IN ('transfer', 'transfer-in') THEN delta END), 0) AS transfers
         FROM monthly_totals WHERE month <= @month
        GROUP BY ${column}, currency ORDER BY ${column}, currency`,
    )
    .all({ month }) as Array<Omit<HolderFigures, 'closing'> & { postings: number }>;
  return rows
    .filter((row) => row.opening !== 0 || row.postings > 0)
    .map(({ postings: _postings, ...row }) => ({ ...row, closing: row.opening + row.moneyIn - row.moneyOut + row.adjusted + row.transfers }));
}

/** The month's report; refused for a month that has not begun. */
export function monthReport(db: Ledger, month: string, now: Date): MonthReport {
  if (month > calendarDate(now).slice(0, 7)) throw new TreasuryError('INVALID_INPUT', say('ledger.monthNotBegun', { month }));
  const lastDay = `${month}-31`;

  const totals = db
    .prepare(
      `SELECT currency, COALESCE(SUM(CASE WHEN posting_kind <> 'transfer-in' THEN postings END), 0) AS entries, ${groupFlows}
         FROM monthly_totals WHERE month = ? GROUP BY currency`,
    )
    .all(month) as Array<{ currency: string; entries: number; moneyIn: number; moneyOut: number; adjusted: number }>;
  const categories = db
    .prepare(
      `SELECT currency, NULLIF(category, '') AS category, SUM(postings) AS entries, ${groupFlows}
         FROM monthly_totals WHERE month = ? AND posting_kind IN ('contribution', 'disbursement', 'fee')
        GROUP BY currency, category`,
    )
    .all(month) as Array<{ currency: string; category: string | null; entries: number; moneyIn: number; moneyOut: number }>;
  // Shown by the names they have now (categoryNames.ts), in that order, entries with none first.
  const shown = shownCategories(db);
  const byName = categories.map((row) => ({ ...row, category: row.category === null ? null : shown(row.category) })).sort((a, b) => (a.category ?? '').localeCompare(b.category ?? ''));
  const funds = new Map((db.prepare('SELECT id, name, restricted FROM funds').all() as Array<{ id: number; name: string; restricted: number }>).map((fund) => [fund.id, fund]));
  const accounts = new Map((db.prepare('SELECT id, name FROM payment_accounts').all() as Array<{ id: number; name: string }>).map((account) => [account.id, account]));
  const fundFigures = holderFigures(db, 'fund_id', month);
  const accountFigures = holderFigures(db, 'account_id', month);

  const currencies = [...new Set([...totals, ...fundFigures, ...accountFigures].map((row) => row.currency))].sort();
  return {
    month,
    shredded: db.prepare('SELECT 1 FROM sealed_months WHERE month = ?').get(month) !== undefined,
    currencies: currencies.map((currency): MonthReportCurrency => {
      const total = totals.find((row) => row.currency === currency) ?? { entries: 0, moneyIn: 0, moneyOut: 0, adjusted: 0 };
      return {
        currency,
        entries: total.entries,
        total: { moneyIn: total.moneyIn, moneyOut: total.moneyOut, adjusted: total.adjusted },
        categories: byName.filter((row) => row.currency === currency).map(({ category, entries, moneyIn, moneyOut }) => ({ category, entries, moneyIn, moneyOut })),
        funds: fundFigures
          .filter((row) => row.currency === currency)
          .map(({ holder, currency: _currency, ...figures }) => ({ fundId: holder, name: funds.get(holder)?.name ?? '', restricted: funds.get(holder)?.restricted === 1, ...figures })),
        accounts: accountFigures
          .filter((row) => row.currency === currency)
          .map(({ holder, currency: _currency, ...figures }) => ({
            accountId: holder,
            name: accounts.get(holder)?.name ?? '',
            statusAtClose: statusOn(db, holder, lastDay)?.status ?? 'active',
            ...figures,
          })),
      };
    }),
  };
}
