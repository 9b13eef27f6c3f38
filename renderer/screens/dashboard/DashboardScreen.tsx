import { ConcentrationNotice } from '../../components/ConcentrationNotice.tsx';
import { lazy, Suspense, useState } from 'react';
import type { AccountsOverview, Flow, Output } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { list, money } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { FlowFigures } from '../../components/FlowFigures.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { sections, type SectionId } from '../../frame/sections.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { slot, WordsAround } from '../../wordsAround.tsx';
import { warningsBesidesStuck } from '../accounts/concentration.ts';
import { MoneyOnHand } from './MoneyOnHand.tsx';
import { VerifyLedgerCard } from './VerifyLedgerCard.tsx';
import { BackupReminder } from './BackupReminder.tsx';
import { MonthReportScreen } from '../report/MonthReportScreen.tsx';

// The charting library is most of the app's code: it loads when the dashboard first draws a chart, not at unlock.
const MonthlyChart = lazy(() => import('./MonthlyChart.tsx').then((module) => ({ default: module.MonthlyChart })));

type Summary = Output<'dashboard.summary'>;

function readDashboard(): Promise<{ summary: Summary; overview: AccountsOverview }> {
  return Promise.all([treasury.dashboard.summary({}), treasury.accounts.list()]).then(([summary, overview]) => ({ summary, overview }));
}

interface DashboardScreenProps {
  onLocked: () => void;
  onOpen: (section: SectionId) => void;
  /** The Accounts screen with its form to add one already open. */
  onAddAccount: () => void;
  /** The Vault screen at the proof of the ledger, where a broken ledger is checked against an anchor. */
  onOpenProof: () => void;
  /** The Vault screen, at its Backups section. */
  onBackUp: () => void;
}

/** Where the treasurer lands: this month, what each account and fund holds, what is stuck, and the year's trend. */
export function DashboardScreen({ onLocked, onOpen, onAddAccount, onOpenProof, onBackUp }: DashboardScreenProps) {
  const words = useWords();
  const { value, error } = useLoaded(readDashboard, onLocked);
  const [reporting, setReporting] = useState(false);
  const keysHint = words.words('dashboardScreen.keys', { first: slot('first'), last: slot('last'), newEntry: slot('newEntry') });

  if (reporting) return <MonthReportScreen onLocked={onLocked} onBack={() => setReporting(false)} />;
  return (
    <div className="screen screen-full">
      <ScreenTitle title={words.words('dashboardScreen.title')} intro={value === null ? null : words.words('dashboardScreen.atAGlance', { month: formatMonth(value.summary.month, words.language) })} />
      <Alert error={error} />
      <BackupReminder onLocked={onLocked} onBackUp={onBackUp} />
      {value === null ? (
        error === null ? (
          <p className="quiet">{words.words('dashboardScreen.addingUp')}</p>
        ) : null
      ) : (
        <Dashboard {...value} onOpen={onOpen} onAddAccount={onAddAccount} onLocked={onLocked} onOpenProof={onOpenProof} onOpenReport={() => setReporting(true)} />
      )}
      <p className="hint keys-hint">
        <WordsAround
          text={keysHint}
          parts={{
            first: (
              <>
                <kbd>Alt</kbd>+<kbd>1</kbd>
              </>
            ),
            last: (
              <>
                <kbd>Alt</kbd>+<kbd>{sections.length}</kbd>
              </>
            ),
            newEntry: <kbd>N</kbd>,
          }}
        />
      </p>
    </div>
  );
}

/**
 * A month's flows as FlowFigures shows them: never below zero. When corrections this month undid more
 * than came in (or went out), that part is said in its own sentence instead of as "In −$50.00".
 */
function monthFigures(flows: Flow[]): { shown: Flow[]; takenBack: Flow[]; givenBack: Flow[] } {
  return {
    shown: flows.map((flow) => ({ ...flow, moneyIn: Math.max(flow.moneyIn, 0), moneyOut: Math.max(flow.moneyOut, 0) })),
    takenBack: flows.filter((flow) => flow.moneyIn < 0),
    givenBack: flows.filter((flow) => flow.moneyOut < 0),
  };
}

interface DashboardProps {
  summary: Summary;
  overview: AccountsOverview;
  onOpen: (section: SectionId) => void;
  onAddAccount: () => void;
  onLocked: () => void;
  onOpenProof: () => void;
  /** The month's report, to print for a meeting. */
  onOpenReport: () => void;
}

function Dashboard({ summary, overview, onOpen, onAddAccount, onLocked, onOpenProof, onOpenReport }: DashboardProps) {
  const words = useWords();
  const stuck = summary.stuckInFrozen.filter((held) => held.amount > 0);
  const frozen = summary.accounts.filter((account) => account.status === 'frozen');
  const warnings = warningsBesidesStuck(overview);
  const month = monthFigures(summary.thisMonth);
  const currencies = [...new Set([...summary.accounts.map((account) => account.currency), ...summary.monthly.flatMap((month) => month.flows.map((flow) => flow.currency))])].sort();

  if (summary.accounts.length === 0) {
    return (
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title">{words.words('dashboardScreen.start.title')}</h2>
        <p>{words.words('dashboardScreen.start.what')}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={onAddAccount}>
            {words.words('dashboardScreen.start.add')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <div className="dashboard">
      {/* The day starts here: what the group holds, and the books checked, side by side. */}
      <div className="dashboard-top">
        <MoneyOnHand onHand={summary.onHand} />
        <VerifyLedgerCard onLocked={onLocked} onOpenProof={onOpenProof} />
      </div>
      {stuck.length > 0 ? (
        <section className="stuck" aria-labelledby="stuck-title">
          <h2 id="stuck-title">{words.words('dashboardScreen.stuck.title', { amounts: list(stuck.map((held) => money(held.amount, held.currency))) })}</h2>
          <ul>
            {frozen.map((account) => (
              <li key={account.accountId}>
                {account.name}: {words.money(account.balance, account.currency)}
              </li>
            ))}
          </ul>
          <p>{words.words('dashboardScreen.stuck.advice')}</p>
          <div>
            <button type="button" onClick={() => onOpen('accounts')}>
              {words.words('dashboardScreen.stuck.see')}
            </button>
          </div>
        </section>
      ) : null}
      <ConcentrationNotice warnings={warnings.map((warning) => words.say(warning))} />

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="month-title">
          <h2 id="month-title">{words.words('dashboardScreen.month.title')}</h2>
          <FlowFigures flows={month.shown} empty={words.words('dashboardScreen.month.nothing')} />
          {month.takenBack.map((flow) => (
            <p key={`in-${flow.currency}`}>{words.words('dashboardScreen.month.takenBack', { amount: money(-flow.moneyIn, flow.currency) })}</p>
          ))}
          {month.givenBack.map((flow) => (
            <p key={`out-${flow.currency}`}>{words.words('dashboardScreen.month.givenBack', { amount: money(-flow.moneyOut, flow.currency) })}</p>
          ))}
          <p className="hint">{words.words('dashboardScreen.month.hint')}</p>
          <div className="actions">
            <button type="button" id="open-month-report" onClick={onOpenReport}>
              {words.words('monthReport.open')}
            </button>
          </div>
        </section>

        <section className="card" aria-labelledby="accounts-title">
          <h2 id="accounts-title">{words.words('dashboardScreen.accounts.title')}</h2>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{words.words('dashboardScreen.accounts.account')}</th>
                <th scope="col">{words.words('dashboardScreen.accounts.status')}</th>
                <th scope="col" className="number">
                  {words.words('dashboardScreen.accounts.balance')}
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
                  <td className="number">{words.money(account.balance, account.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="card" aria-labelledby="funds-title">
          <h2 id="funds-title">{words.words('dashboardScreen.funds.title')}</h2>
          {summary.funds.length === 0 ? (
            <p className="quiet">{words.words('dashboardScreen.funds.none')}</p>
          ) : (
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">{words.words('dashboardScreen.funds.fund')}</th>
                  <th scope="col" className="number">
                    {words.words('dashboardScreen.funds.balance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.funds.map((fund) => (
                  <tr key={`${fund.fundId}-${fund.currency}`}>
                    <th scope="row">
                      {fund.name}
                      {fund.restricted ? <span className="tag">{words.words('common.restricted')}</span> : null}
                    </th>
                    <td className="number">{words.money(fund.balance, fund.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="year-title">
        <h2 id="year-title">{words.words('dashboardScreen.year.title')}</h2>
        {currencies.length === 0 ? <p className="quiet">{words.words('dashboardScreen.year.nothing')}</p> : null}
        <Suspense fallback={<p className="quiet">{words.words('dashboardScreen.year.drawing')}</p>}>
          {currencies.map((currency) => (
            <MonthlyChart key={currency} currency={currency} monthly={summary.monthly} />
          ))}
        </Suspense>
      </section>
    </div>
  );
}
