import { addMonths } from 'date-fns/addMonths';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import type { Flow } from '../../../shared/contract/index.ts';
import { accountsOverview } from '../accounts/accountsOverview.ts';
import { balances } from '../ledger/balances.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

const monthsShown = 12;

/**
 * Money in is contributions; money out is disbursements and fees; reversals count against the kind
 * they reverse. Transfers (the group's money moving about) and adjustments (corrections of a balance)
 * are neither.
 */
function flowsByMonth(db: Ledger, fromMonth: string, toMonth: string): Array<{ month: string } & Flow> {
  return db
    .prepare(
      `SELECT month, currency,
              COALESCE(SUM(CASE WHEN posting_kind = 'contribution' THEN delta END), 0) AS moneyIn,
              COALESCE(-SUM(CASE WHEN posting_kind IN ('disbursement', 'fee') THEN delta END), 0) AS moneyOut
         FROM monthly_totals
        WHERE month BETWEEN ? AND ? AND posting_kind IN ('contribution', 'disbursement', 'fee')
        GROUP BY month, currency ORDER BY month, currency`,
    )
    .all(fromMonth, toMonth) as Array<{ month: string } & Flow>;
}

/** The dashboard: this month, balances, frozen money, and the last twelve months, every month present. */
export function dashboardSummary(db: Ledger, today: string, now: Date) {
  const month = today.slice(0, 7);
  const months = Array.from({ length: monthsShown }, (_, index) => lightFormat(addMonths(parseISO(`${month}-01`), index - (monthsShown - 1)), 'yyyy-MM'));
  const flows = flowsByMonth(db, months[0] ?? month, month);
  const flowsOf = (wanted: string): Flow[] => flows.filter((flow) => flow.month === wanted).map(({ currency, moneyIn, moneyOut }) => ({ currency, moneyIn, moneyOut }));
  const overview = accountsOverview(db, now);
  return {
    month,
    thisMonth: flowsOf(month),
    accounts: overview.accounts.map((account) => ({ accountId: account.id, name: account.name, currency: account.currency, balance: account.balance, status: account.status })),
    // The dashboard shows money where it is; a fund that holds nothing yet is on the funds screen.
    funds: balances(db).funds.flatMap((fund) => (fund.currency === null ? [] : [{ ...fund, currency: fund.currency }])),
    stuckInFrozen: overview.stuckInFrozen,
    monthly: months.map((each) => ({ month: each, flows: flowsOf(each) })),
  };
}
