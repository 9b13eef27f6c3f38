import { ConcentrationNotice } from '../../components/ConcentrationNotice.tsx';
import { lazy, Suspense } from 'react';
import type { AccountsOverview, Output } from '../../../shared/contract/index.ts';
import { formatMoney } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { FlowFigures } from '../../components/FlowFigures.tsx';
import { Heading } from '../../components/Heading.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatMonth } from '../../formatDate.ts';
import type { SectionId } from '../../frame/sections.ts';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { concentrationWarnings } from '../accounts/concentration.ts';

// The charting library is most of the app's code: it loads when the dashboard first draws a chart, not at unlock.
const MonthlyChart = lazy(() => import('./MonthlyChart.tsx').then((module) => ({ default: module.MonthlyChart })));

type Summary = Output<'dashboard.summary'>;

function readDashboard(): Promise<{ summary: Summary; overview: AccountsOverview }> {
  return Promise.all([treasury.dashboard.summary({}), treasury.accounts.list()]).then(([summary, overview]) => ({ summary, overview }));
}

interface DashboardScreenProps {
  onLocked: () => void;
  onOpen: (section: SectionId) => void;
}

/** Where the treasurer lands: this month, what each account and fund holds, what is stuck, and the year's trend. */
export function DashboardScreen({ onLocked, onOpen }: DashboardScreenProps) {
  const { value, error } = useLoaded(readDashboard, onLocked);

  return (
    <div className="screen screen-full">
      <div className="screen-title">
        <Heading level={1} focusOnMount>
          Dashboard
        </Heading>
        {value === null ? null : <p className="quiet">{formatMonth(value.summary.month)} at a glance.</p>}
      </div>
      <Alert error={error} />
      {value === null ? error === null ? <p className="quiet">Adding up the ledger…</p> : null : <Dashboard {...value} onOpen={onOpen} />}
      <p className="hint keys-hint">
        Keyboard: <kbd>Alt</kbd>+<kbd>1</kbd> to <kbd>Alt</kbd>+<kbd>5</kbd> open the sections, in the order of the bar at the top. In the Ledger, <kbd>N</kbd> starts a new entry.
      </p>
    </div>
  );
}

function Dashboard({ summary, overview, onOpen }: { summary: Summary; overview: AccountsOverview; onOpen: (section: SectionId) => void }) {
  const stuck = summary.stuckInFrozen.filter((money) => money.amount > 0);
  const frozen = summary.accounts.filter((account) => account.status === 'frozen');
  const concentration = concentrationWarnings(overview);
  const currencies = [...new Set([...summary.accounts.map((account) => account.currency), ...summary.monthly.flatMap((month) => month.flows.map((flow) => flow.currency))])].sort();

  if (summary.accounts.length === 0) {
    return (
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title">Start with the group’s payment accounts</h2>
        <p>Add every account the group uses (bank, Venmo, cash box…). Then record money in and out in the ledger.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => onOpen('accounts')}>
            Add a payment account
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="dashboard">
      {stuck.length > 0 ? (
        <section className="stuck" aria-labelledby="stuck-title">
          <h2 id="stuck-title">{stuck.map((money) => formatMoney(money.amount, money.currency)).join(' and ')} stuck in frozen accounts</h2>
          <ul>
            {frozen.map((account) => (
              <li key={account.accountId}>
                {account.name}: {formatMoney(account.balance, account.currency)}
              </li>
            ))}
          </ul>
          <p>Pay from an active account until the freeze lifts.</p>
          <div>
            <button type="button" onClick={() => onOpen('accounts')}>
              See the accounts
            </button>
          </div>
        </section>
      ) : null}
      <ConcentrationNotice warnings={concentration} />

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="month-title">
          <h2 id="month-title">This month</h2>
          <FlowFigures flows={summary.thisMonth} empty="Nothing recorded this month yet." />
          <p className="hint">Contributions in; disbursements and fees out. Transfers between the group’s accounts are neither.</p>
        </section>

        <section className="card" aria-labelledby="accounts-title">
          <h2 id="accounts-title">Accounts</h2>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Balance
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.accounts.map((account) => (
                <tr key={account.accountId}>
                  <th scope="row">{account.name}</th>
                  <td>
                    <StatusBadge status={account.status} />
                  </td>
                  <td className="number">{formatMoney(account.balance, account.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="card" aria-labelledby="funds-title">
          <h2 id="funds-title">Funds</h2>
          {summary.funds.length === 0 ? (
            <p className="quiet">No money in any fund yet.</p>
          ) : (
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">Fund</th>
                  <th scope="col" className="number">
                    Balance
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.funds.map((fund) => (
                  <tr key={`${fund.fundId}-${fund.currency}`}>
                    <th scope="row">
                      {fund.name}
                      {fund.restricted ? <span className="tag">restricted</span> : null}
                    </th>
                    <td className="number">{formatMoney(fund.balance, fund.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="year-title">
        <h2 id="year-title">The last 12 months</h2>
        {currencies.length === 0 ? <p className="quiet">Nothing recorded yet.</p> : null}
        <Suspense fallback={<p className="quiet">Drawing the chart…</p>}>
          {currencies.map((currency) => (
            <MonthlyChart key={currency} currency={currency} monthly={summary.monthly} />
          ))}
        </Suspense>
      </section>
    </div>
  );
}
