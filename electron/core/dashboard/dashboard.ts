import { addMonths } from 'date-fns/addMonths';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';
import type { Flow } from '../../../shared/contract/index.ts';
import { accountsOverview } from '../accounts/accountsOverview.ts';
import { balances } from '../ledger/balances.ts';
import { monthFigures } from '../ledger/filterMonths.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

const monthsShown = 12;

/** The dashboard: the money on hand, this month, balances, frozen money, and the last twelve months, every month present. */
export function dashboardSummary(db: Ledger, today: string, now: Date) {
  const month = today.slice(0, 7);
  const months = Array.from({ length: monthsShown }, (_, index) => lightFormat(addMonths(parseISO(`${month}-01`), index - (monthsShown - 1)), 'yyyy-MM'));
  // Money in and out by the one rule (moneyFlow.ts), read from the monthly totals as the ledger's are.
  const figures = monthFigures(db, {}, { first: months[0] ?? month, last: month });
  const flowsOf = (wanted: string): Flow[] => figures.filter((figure) => figure.month === wanted).map(({ currency, moneyIn, moneyOut, adjusted }) => ({ currency, moneyIn, moneyOut, adjusted }));
  const overview = accountsOverview(db, now);
  return {
    month,
    thisMonth: flowsOf(month),
    accounts: overview.accounts.map((account) => ({ accountId: account.id, name: account.name, currency: account.currency, balance: account.balance, status: account.status })),
    // The dashboard shows money where it is; a fund that holds nothing yet is on the funds screen.
    funds: balances(db).funds.flatMap((fund) => (fund.currency === null ? [] : [{ ...fund, currency: fund.currency }])),
    onHand: overview.onHand,
    stuckInFrozen: overview.stuckInFrozen,
    monthly: months.map((each) => ({ month: each, flows: flowsOf(each) })),
  };
}
