import { useEffect, useRef, useState } from 'react';
import type { EntryFilter, Flow, Fund, LedgerRow, PaymentAccount } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { categoryLabel, entryKindNames } from '../../../shared/messages/ledgerWords.ts';
import { day, list, say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { followsOneBalance } from '../../../shared/runningBalance.ts';
import { FlowFigures } from '../../components/FlowFigures.tsx';
import { FreeText } from '../../components/FreeText.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { accountText, fundText, signedAmount } from './entryText.ts';

/** The most entries printed at once: some forty pages, and what a browser lays out without stalling. */
export const printLimit = 2_000;
/** Entries fetched per call while the page is prepared (the list's largest window). */
const fetchSize = 1_000;

interface LedgerPrintProps {
  filter: EntryFilter;
  total: number;
  /** Money in and out over the whole view; null while it is still being added up. */
  totals: Flow[] | null;
  accounts: PaymentAccount[];
  funds: Fund[];
  onLocked: () => void;
  onFailed: (failure: ReturnType<typeof asTreasuryError>) => void;
}

interface Prepared {
  filterKey: string;
  rows: LedgerRow[];
  printedOn: string;
}

/**
 * Printing the ledger for a meeting. The grid on screen holds only the rows in view, so Print fetches
 * every row of the view (up to printLimit, said plainly above it) into a table that only paper shows,
 * under a heading that says what it is: an account's statement or a fund's history with its opening,
 * running and closing balances, or the ledger with its filters; the period, the date printed and the
 * totals. Then the system's print dialog opens (in Electron: printers, and Save as PDF).
 */
export function LedgerPrint({ filter, total, totals, accounts, funds, onLocked, onFailed }: LedgerPrintProps) {
  const words = useWords();
  const filterKey = JSON.stringify(filter);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [tooMany, setTooMany] = useState(false);
  // The dialog opens once the table it prints is on the page.
  const printWhenReady = useRef(false);

  useEffect(() => {
    if (!printWhenReady.current || prepared === null) return;
    printWhenReady.current = false;
    window.print();
  }, [prepared]);

  async function prepare() {
    if (total > printLimit) {
      setTooMany(true);
      return;
    }
    setTooMany(false);
    setPreparing(true);
    try {
      const rows: LedgerRow[] = [];
      for (let offset = 0; offset < total; offset += fetchSize) rows.push(...(await treasury.ledger.list({ ...filter, offset, limit: fetchSize })).entries);
      printWhenReady.current = true;
      setPrepared({ filterKey, rows, printedOn: today() });
    } catch (caught) {
      const failure = asTreasuryError(caught);
      if (failure.code === 'VAULT_LOCKED') onLocked();
      else onFailed(failure);
    } finally {
      setPreparing(false);
    }
  }

  const current = prepared !== null && prepared.filterKey === filterKey ? prepared : null;
  return (
    <>
      <div className="ledger-print-actions no-print">
        <button type="button" id="ledger-print" onClick={() => void prepare()} aria-disabled={preparing || total === 0}>
          {words.words('ledgerPrint.print')}
        </button>
        <p role="status" className={tooMany ? 'alert-text' : 'quiet'}>
          {preparing ? words.words('ledgerPrint.preparing') : tooMany ? words.words('ledgerPrint.tooMany', { count: total, limit: printLimit }) : null}
        </p>
      </div>
      {current === null ? null : <PrintedView filter={filter} rows={current.rows} printedOn={current.printedOn} totals={totals} accounts={accounts} funds={funds} />}
    </>
  );
}

function titleOf(filter: EntryFilter, accounts: PaymentAccount[], funds: Fund[]): Message {
  const account = accounts.find((each) => each.id === filter.accountId)?.name;
  const fund = funds.find((each) => each.id === filter.fundId)?.name;
  if (account !== undefined && fund !== undefined) return say('ledgerPrint.fundInAccount', { account, fund });
  if (account !== undefined) return say('ledgerPrint.statement', { account });
  if (fund !== undefined) return say('ledgerPrint.fundHistory', { fund });
  return say('ledgerPrint.wholeLedger');
}

function periodOf(filter: EntryFilter): Message {
  if (filter.from !== undefined && filter.to !== undefined) return say('ledgerPrint.period', { from: day(filter.from), to: day(filter.to) });
  if (filter.from !== undefined) return say('ledgerPrint.periodFrom', { from: day(filter.from) });
  if (filter.to !== undefined) return say('ledgerPrint.periodTo', { to: day(filter.to) });
  return say('ledgerPrint.periodAll');
}

function narrowingOf(filter: EntryFilter, words: Translator): Message[] {
  return [
    ...(filter.kind === undefined ? [] : [say('ledgerPrint.filter.kind', { kind: words.say(entryKindNames[filter.kind]) })]),
    ...(filter.category === undefined || filter.category === '' ? [] : [say('ledgerPrint.filter.category', { category: categoryLabel(words, filter.category) })]),
    ...(filter.recipientCode === undefined || filter.recipientCode === '' ? [] : [say('ledgerPrint.filter.recipient', { code: filter.recipientCode })]),
    ...(filter.memoContains === undefined || filter.memoContains === '' ? [] : [say('ledgerPrint.filter.memo', { text: filter.memoContains })]),
  ];
}

/**
 * The balances at the period's ends, per currency: closing is the balance after the newest entry;
 * opening is closing less what the view's totals say came in and went out over the period (money in,
 * less money out, plus adjustments, is exactly what the balance moved by: docs/ledger-format.md).
 */
function balancesAtEnds(rows: LedgerRow[], totals: Flow[]): Array<{ currency: string; opening: number; closing: number }> {
  const ends: Array<{ currency: string; opening: number; closing: number }> = [];
  for (const row of rows) {
    if (row.balanceAfter === null || ends.some((end) => end.currency === row.currency)) continue;
    const flow = totals.find((each) => each.currency === row.currency);
    const moved = flow === undefined ? 0 : flow.moneyIn - flow.moneyOut + flow.adjusted;
    ends.push({ currency: row.currency, opening: row.balanceAfter - moved, closing: row.balanceAfter });
  }
  return ends;
}

function PrintedView({
  filter,
  rows,
  printedOn,
  totals,
  accounts,
  funds,
}: {
  filter: EntryFilter;
  rows: LedgerRow[];
  printedOn: string;
  totals: Flow[] | null;
  accounts: PaymentAccount[];
  funds: Fund[];
}) {
  const words = useWords();
  const withBalance = followsOneBalance(filter);
  const narrowing = narrowingOf(filter, words);
  const ends = withBalance && totals !== null ? balancesAtEnds(rows, totals) : [];
  return (
    <section className="ledger-print" aria-labelledby="ledger-print-title">
      <h2 id="ledger-print-title">{words.say(titleOf(filter, accounts, funds))}</h2>
      <p className="ledger-print-period">{words.say(periodOf(filter))}</p>
      {narrowing.length === 0 ? null : <p>{words.words('ledgerPrint.narrowedBy', { filters: list(narrowing) })}</p>}
      <p>{words.words('ledgerPrint.printedOn', { date: day(printedOn), count: rows.length })}</p>
      {totals === null ? null : <FlowFigures flows={totals} />}
      {ends.map((end) => (
        <p key={`opening-${end.currency}`} className="ledger-print-balance">
          {words.words('ledgerPrint.opening')}: <strong>{words.money(end.opening, end.currency)}</strong>
        </p>
      ))}
      <table className="ledger-print-table">
        <caption className="visually-hidden">{words.words('ledgerPrint.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{words.words('ledgerScreen.grid.date')}</th>
            <th scope="col">{words.words('ledgerScreen.grid.kind')}</th>
            <th scope="col">{words.words('ledgerScreen.grid.account')}</th>
            <th scope="col">{words.words('ledgerScreen.grid.fund')}</th>
            <th scope="col">{words.words('ledgerScreen.grid.category')}</th>
            <th scope="col">{words.words('ledgerScreen.grid.recipient')}</th>
            <th scope="col">{words.words('ledgerScreen.grid.memo')}</th>
            <th scope="col" className="number">
              {words.words('ledgerScreen.grid.amount')}
            </th>
            <th scope="col">{words.words('ledgerScreen.grid.cleared')}</th>
            {withBalance ? (
              <th scope="col" className="number">
                {words.words('ledgerScreen.grid.balance')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{row.seq}</td>
              <td>{formatDay(row.date, words.language)}</td>
              <td>{words.say(entryKindNames[row.kind])}</td>
              <td>{accountText(row)}</td>
              <td>{fundText(row)}</td>
              <td>{row.category === null ? '' : categoryLabel(words, row.category)}</td>
              <td>{row.recipientCode ?? ''}</td>
              <td className="memo">{row.memo === null ? '' : <FreeText text={row.memo} />}</td>
              <td className="number">{signedAmount(words, row).text}</td>
              <td>{row.cleared ? '✓' : ''}</td>
              {withBalance ? <td className="number">{row.balanceAfter === null ? '' : words.money(row.balanceAfter, row.currency)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {ends.map((end) => (
        <p key={`closing-${end.currency}`} className="ledger-print-balance">
          {words.words('ledgerPrint.closing')}: <strong>{words.money(end.closing, end.currency)}</strong>
        </p>
      ))}
    </section>
  );
}
