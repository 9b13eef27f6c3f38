import { useRef, useState, type FormEvent } from 'react';
import type { Entry, PaymentAccount, Reconciliation } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import type { Language } from '../../../shared/messages/language.ts';
import { day, money, say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { exampleAmount, numberMarks, parseStatementBalance } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { useLanguage, useWords } from '../../language/words.tsx';
import { entryKindNames } from '../../../shared/messages/ledgerWords.ts';
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
function differenceSentence(reconciliation: Reconciliation, currency: string): Message {
  const { difference } = reconciliation;
  if (difference === 0) return say('accountsScreen.reconcile.agree');
  const amount = money(Math.abs(difference), currency);
  return difference > 0 ? say('accountsScreen.reconcile.statementMore', { amount }) : say('accountsScreen.reconcile.statementLess', { amount });
}

/** The balance field's hint: an amount, and an overdrawn one, written the language's way ("1,200.50", "-20.00"). */
function balanceExample(words: Translator, language: Language): string {
  return words.words('accountsScreen.reconcile.example', { example: exampleAmount(language), overdrawn: `-20${numberMarks(language).decimal}00` });
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
  const words = useWords();
  const { language } = useLanguage();
  const action = useVaultAction(onLocked);
  const [date, setDate] = useState(today);
  const [balanceText, setBalanceText] = useState('');
  const [balanceError, setBalanceError] = useState<Message | null>(null);
  const [dateError, setDateError] = useState<Message | null>(null);
  const [preview, setPreview] = useState<{ reconciliation: Reconciliation; entries: Entry[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();
  const parsed = parseStatementBalance(balanceText, account.currency, language);

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
      setBalanceError(balanceText.trim() === '' ? say('accountsScreen.reconcile.balanceMissing') : parsed.reason);
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
      reconciliation.difference === 0
        ? words.words('accountsScreen.reconcile.recorded', { date: day(reconciliation.date) })
        : words.words('accountsScreen.reconcile.recordedDifference', { date: day(reconciliation.date), amount: money(reconciliation.difference, account.currency) }),
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
        <p>{account.lastReconciled === null ? words.words('accountsScreen.reconcile.notYet') : words.words('accountsScreen.reconcile.lastOn', { date: day(account.lastReconciled.date) })}</p>
        <div className="field-grid">
          <DateField
            id="reconcile-date"
            label={words.words('accountsScreen.reconcile.date')}
            value={date}
            onChange={(value) => {
              setDate(value);
              setDateError(null);
              changed();
            }}
            error={dateError === null ? null : words.say(dateError)}
          />
          <Field
            id="reconcile-balance"
            label={words.words('accountsScreen.reconcile.balance', { currency: account.currency })}
            className="field-amount"
            inputMode="decimal"
            autoComplete="off"
            describedBy="reconcile-balance-reading"
            value={balanceText}
            onChange={(event) => {
              setBalanceText(event.target.value);
              changed();
            }}
            error={balanceError === null ? null : words.say(balanceError)}
          >
            <p id="reconcile-balance-reading" className="hint">
              {parsed.ok ? words.words('accountsScreen.reconcile.readsAs', { amount: money(parsed.minor, account.currency) }) : balanceExample(words, language)}
            </p>
          </Field>
        </div>
        {preview === null ? <Alert error={action.error} /> : null}
        <p className="saved" role="status">
          {done}
        </p>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            {words.words('accountsScreen.reconcile.compare')}
          </button>
        </div>
      </form>
      {preview === null ? null : (
        <section className="preview stack-tight" aria-labelledby="reconcile-preview-title">
          <h3 id="reconcile-preview-title" ref={previewTitle} tabIndex={-1} className="heading">
            {words.words('accountsScreen.reconcile.comparedOn', { date: day(preview.reconciliation.date) })}
          </h3>
          <dl className="facts">
            <dt>{words.words('accountsScreen.reconcile.statementBalance')}</dt>
            <dd>{words.money(preview.reconciliation.statementBalance, account.currency)}</dd>
            <dt>{words.words('accountsScreen.reconcile.ledgerBalance')}</dt>
            <dd>{words.money(preview.reconciliation.ledgerBalance, account.currency)}</dd>
            <dt>{words.words('accountsScreen.reconcile.difference')}</dt>
            <dd>
              <strong className={preview.reconciliation.difference === 0 ? 'agrees' : 'differs'}>{words.money(preview.reconciliation.difference, account.currency)}</strong>
              <span>{words.say(differenceSentence(preview.reconciliation, account.currency))}</span>
            </dd>
          </dl>
          <h4>
            {preview.reconciliation.previousDate === null
              ? words.words('accountsScreen.reconcile.entriesUpTo', { count: preview.reconciliation.entrySeqs.length })
              : words.words('accountsScreen.reconcile.entriesSince', { count: preview.reconciliation.entrySeqs.length, date: day(preview.reconciliation.previousDate) })}
          </h4>
          {preview.entries.length === 0 ? null : (
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">
                    <span aria-label={words.words('accountsScreen.reconcile.number')}>#</span>
                  </th>
                  <th scope="col">{words.words('accountsScreen.reconcile.entryDate')}</th>
                  <th scope="col">{words.words('accountsScreen.reconcile.kind')}</th>
                  <th scope="col">{words.words('accountsScreen.reconcile.memo')}</th>
                  <th scope="col" className="number">
                    {words.words('accountsScreen.reconcile.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.entries.map((entry) => {
                  const effect = effectOn(entry, account.id);
                  return (
                    <tr key={entry.seq}>
                      <td>{entry.seq}</td>
                      <td>{formatDay(entry.date, words.language)}</td>
                      <td>{words.say(entryKindNames[entry.kind])}</td>
                      <td>{entry.memo === null ? '' : <FreeText text={entry.memo} />}</td>
                      <td className={`number amount-${effect >= 0 ? 'in' : 'out'}`}>
                        {effect >= 0 ? '+' : '−'}
                        {words.money(Math.abs(effect), account.currency)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {preview.reconciliation.entrySeqs.length > preview.entries.length ? <p className="hint">{words.words('accountsScreen.reconcile.firstListed', { count: preview.entries.length })}</p> : null}
          <Alert error={action.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void record()} aria-disabled={action.busy}>
              {words.words('accountsScreen.reconcile.record')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
