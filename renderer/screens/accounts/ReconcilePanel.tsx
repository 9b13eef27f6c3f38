import { useRef, useState, type FormEvent } from 'react';
import type { Entry, PaymentAccount, Reconciliation } from '../../../shared/contract/index.ts';
import { formatMoney, parseStatementBalance } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDay } from '../../formatDate.ts';
import { countOf, entryKindNames } from '../../ledgerWords.ts';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useFocusLater } from '../../useFocusLater.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { FreeText } from '../../components/FreeText.tsx';

interface ReconcilePanelProps {
  account: PaymentAccount;
  onRecorded: () => void;
  onLocked: () => void;
}

/** Entries listed under a preview; the rest are counted. */
const entriesListed = 100;

/** The difference in words: which side shows more, or that they agree. */
function differenceSentence(reconciliation: Reconciliation, currency: string): string {
  const { difference } = reconciliation;
  if (difference === 0) return 'The statement and the ledger agree.';
  const money = formatMoney(Math.abs(difference), currency);
  return difference > 0
    ? `The statement shows ${money} more than the ledger: an entry may be missing from the ledger.`
    : `The statement shows ${money} less than the ledger: a fee or a payment may be missing from the ledger.`;
}

/** How an entry moved this account, signed from the account's side (a transfer in is money in). */
function effectOn(entry: Entry, accountId: number): number {
  if (entry.kind === 'transfer' && entry.toAccountId === accountId && entry.accountId !== accountId) return -entry.accountEffect;
  return entry.accountEffect;
}

/**
 * Reconciling: a statement's balance on a date, compared with the ledger (the difference and the entries
 * since the last reconciliation), and then recorded. Nothing is written until "Record reconciliation".
 */
export function ReconcilePanel({ account, onRecorded, onLocked }: ReconcilePanelProps) {
  const action = useVaultAction(onLocked);
  const [date, setDate] = useState(today);
  const [balanceText, setBalanceText] = useState('');
  const [balanceError, setBalanceError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ reconciliation: Reconciliation; entries: Entry[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();
  const parsed = parseStatementBalance(balanceText, account.currency);

  async function compare(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setDone(null);
    const badDate = dateProblem(date, today());
    setDateError(badDate);
    if (badDate !== null) {
      document.getElementById('reconcile-date')?.focus();
      return;
    }
    if (!parsed.ok) {
      setBalanceError(balanceText.trim() === '' ? 'Enter the balance the statement shows.' : parsed.reason);
      document.getElementById('reconcile-balance')?.focus();
      return;
    }
    const input = { accountId: account.id, date, statementBalance: parsed.minor };
    const ok = await action.run(async () => {
      const reconciliation = await treasury.accounts.previewReconciliation(input);
      // The entries are listed by filter: the account's, from the previous reconciliation to this date.
      const seqs = new Set(reconciliation.entrySeqs);
      const listed =
        seqs.size === 0
          ? []
          : (
              await treasury.ledger.list({
                accountId: account.id,
                to: date,
                ...(reconciliation.previousDate === null ? {} : { from: reconciliation.previousDate }),
                limit: 1000,
              })
            ).entries.filter((entry) => seqs.has(entry.seq));
      setPreview({ reconciliation, entries: listed.slice(0, entriesListed) });
    });
    if (ok) focusLater(() => previewTitle.current);
  }

  async function record() {
    if (action.busy || preview === null) return;
    const { reconciliation } = preview;
    const ok = await action.run(async () => {
      await treasury.accounts.reconcile({ accountId: account.id, date: reconciliation.date, statementBalance: reconciliation.statementBalance });
    });
    if (!ok) return;
    setPreview(null);
    setBalanceText('');
    setDone(
      `Reconciliation recorded for ${formatDay(reconciliation.date)}: ${
        reconciliation.difference === 0 ? 'no difference' : `a difference of ${formatMoney(reconciliation.difference, account.currency)}`
      }.`,
    );
    onRecorded();
    document.getElementById('reconcile-date')?.focus();
  }

  const changed = () => {
    setPreview(null);
    setBalanceError(null);
    action.clearError();
  };

  return (
    <div className="stack">
      <form className="stack-tight" onSubmit={(event) => void compare(event)} noValidate aria-busy={action.busy}>
        <p>
          {account.lastReconciled === null ? 'Not reconciled yet.' : `Last reconciled on ${formatDay(account.lastReconciled.date)}.`} Enter what the platform’s statement or app shows for the end of a
          day.
        </p>
        <div className="field-grid">
          <DateField
            id="reconcile-date"
            label="Statement date"
            value={date}
            onChange={(value) => {
              setDate(value);
              setDateError(null);
              changed();
            }}
            error={dateError}
          />
          <Field
            id="reconcile-balance"
            label={`Statement balance (${account.currency})`}
            className="field-amount"
            inputMode="decimal"
            autoComplete="off"
            describedBy="reconcile-balance-reading"
            value={balanceText}
            onChange={(event) => {
              setBalanceText(event.target.value);
              changed();
            }}
            error={balanceError}
          >
            <p id="reconcile-balance-reading" className="hint">
              {parsed.ok ? `Reads as ${formatMoney(parsed.minor, account.currency)}` : 'Such as 1,200.50, or -20.00 if overdrawn'}
            </p>
          </Field>
        </div>
        {preview === null ? <Alert error={action.error} /> : null}
        <p className="saved" role="status">
          {done}
        </p>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            Compare with the ledger
          </button>
        </div>
      </form>
      {preview === null ? null : (
        <section className="preview stack-tight" aria-labelledby="reconcile-preview-title">
          <h3 id="reconcile-preview-title" ref={previewTitle} tabIndex={-1} className="heading">
            Compared on {formatDay(preview.reconciliation.date)}
          </h3>
          <dl className="facts">
            <dt>Statement balance</dt>
            <dd>{formatMoney(preview.reconciliation.statementBalance, account.currency)}</dd>
            <dt>Ledger balance</dt>
            <dd>{formatMoney(preview.reconciliation.ledgerBalance, account.currency)}</dd>
            <dt>Difference</dt>
            <dd>
              <strong className={preview.reconciliation.difference === 0 ? 'agrees' : 'differs'}>{formatMoney(preview.reconciliation.difference, account.currency)}</strong>
              <span>{differenceSentence(preview.reconciliation, account.currency)}</span>
            </dd>
          </dl>
          <h4>
            {countOf(preview.reconciliation.entrySeqs.length, 'entry', 'entries')}{' '}
            {preview.reconciliation.previousDate === null ? 'up to this date' : `since the last reconciliation (${formatDay(preview.reconciliation.previousDate)})`}
          </h4>
          {preview.entries.length === 0 ? null : (
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Date</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Memo</th>
                  <th scope="col" className="number">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.entries.map((entry) => {
                  const effect = effectOn(entry, account.id);
                  return (
                    <tr key={entry.seq}>
                      <td>{entry.seq}</td>
                      <td>{formatDay(entry.date)}</td>
                      <td>{entryKindNames[entry.kind]}</td>
                      <td>{entry.memo === null ? '' : <FreeText text={entry.memo} />}</td>
                      <td className={`number amount-${effect >= 0 ? 'in' : 'out'}`}>
                        {effect >= 0 ? '+' : '−'}
                        {formatMoney(Math.abs(effect), account.currency)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {preview.reconciliation.entrySeqs.length > preview.entries.length ? <p className="hint">The first {preview.entries.length} are listed; the ledger has them all.</p> : null}
          <Alert error={action.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void record()} aria-disabled={action.busy}>
              Record reconciliation
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
