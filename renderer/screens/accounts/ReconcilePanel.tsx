import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { PaymentAccount, Reconciliation } from '../../../shared/contract/index.ts';
import { clearedBalance } from '../../../shared/clearedBalance.ts';
import type { Language } from '../../../shared/messages/language.ts';
import { day, money, say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { exampleAmount, numberMarks, parseStatementBalance } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { RadioChoice } from '../../components/RadioChoice.tsx';
import { useLanguage, useWords } from '../../language/words.tsx';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useFocusLater } from '../../useFocusLater.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { EntriesToTick } from './EntriesToTick.tsx';

interface ReconcilePanelProps {
  account: PaymentAccount;
  onRecorded: () => void;
  onLocked: () => void;
}

/** What finishing does with a difference left: record a fee, an adjustment, or leave it as it is. */
type Settle = 'leave' | 'fee' | 'adjustment';

/** The unexplained difference in words: which side shows more, or that nothing is left. */
function unexplainedSentence(unexplained: number, currency: string): Message {
  if (unexplained === 0) return say('accountsScreen.reconcile.agree');
  const amount = money(Math.abs(unexplained), currency);
  return unexplained > 0 ? say('accountsScreen.reconcile.statementMore', { amount }) : say('accountsScreen.reconcile.statementLess', { amount });
}

/** The balance field's hint: an amount, and an overdrawn one, written the language's way ("1,200.50", "-20.00"). */
function balanceExample(words: Translator, language: Language): string {
  return words.words('accountsScreen.reconcile.example', { example: exampleAmount(language), overdrawn: `-20${numberMarks(language).decimal}00` });
}

/**
 * Reconciling, as desktop ledgers do it: the statement's date and ending balance, then the account's
 * entries up to that date that no earlier reconciliation cleared, each with a tick box. The cleared
 * balance (what the last reconciliation cleared and the ticked entries) and what is left unexplained
 * follow every tick. Finishing records the ticked entries as cleared, and can record the difference
 * left as a fee or an adjustment in the same step. Nothing is written until "Finish reconciliation".
 */
export function ReconcilePanel({ account, onRecorded, onLocked }: ReconcilePanelProps) {
  const words = useWords();
  const { language } = useLanguage();
  const action = useVaultAction(onLocked);
  const [date, setDate] = useState(today);
  const [balanceText, setBalanceText] = useState('');
  const [balanceError, setBalanceError] = useState<Message | null>(null);
  const [dateError, setDateError] = useState<Message | null>(null);
  const [statement, setStatement] = useState<Reconciliation | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [page, setPage] = useState(0);
  const [settle, setSettle] = useState<Settle>('leave');
  const [done, setDone] = useState<string | null>(null);
  const statementTitle = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();
  const parsed = parseStatementBalance(balanceText, account.currency, language);

  const effects = useMemo(() => new Map(statement?.uncleared.map((entry) => [entry.seq, entry.effect])), [statement]);
  const cleared = statement === null ? 0 : clearedBalance(statement.previousBalance, effects, ticked);
  const unexplained = statement === null ? 0 : statement.statementBalance - cleared;
  // A fee explains only a statement that shows less; the choice goes back to leaving it when it no longer fits.
  const settling: Settle = unexplained === 0 || (settle === 'fee' && unexplained > 0) ? 'leave' : settle;

  async function start(event: FormEvent) {
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
    const ok = await action.run(async () => {
      setStatement(await treasury.accounts.previewReconciliation({ accountId: account.id, date, statementBalance: parsed.minor, cleared: [] }));
      setTicked(new Set());
      setPage(0);
      setSettle('leave');
    });
    if (ok) focusLater(() => statementTitle.current);
  }

  async function finish() {
    if (action.busy || statement === null) return;
    const differenceMemo = words.words('accounts.differenceMemo', { date: day(statement.date) });
    const ok = await action.run(async () => {
      const { differenceEntry, difference } = await treasury.accounts.reconcile({
        accountId: account.id,
        date: statement.date,
        statementBalance: statement.statementBalance,
        cleared: statement.uncleared.filter((entry) => ticked.has(entry.seq)).map((entry) => entry.seq),
        ...(settling === 'leave' ? {} : { recordDifference: { kind: settling, memo: differenceMemo } }),
      });
      setStatement(null);
      setBalanceText('');
      setDone(
        differenceEntry !== null
          ? words.words('accountsScreen.reconcile.recordedWithEntry', { date: day(statement.date), seq: differenceEntry })
          : difference === 0
            ? words.words('accountsScreen.reconcile.recorded', { date: day(statement.date) })
            : words.words('accountsScreen.reconcile.recordedDifference', { date: day(statement.date), amount: money(difference, account.currency) }),
      );
    });
    if (!ok) return;
    onRecorded();
    document.getElementById('reconcile-date')?.focus();
  }

  const changed = () => {
    setStatement(null);
    setBalanceError(null);
    action.clearError();
  };

  return (
    <div className="stack">
      <form className="stack-tight" onSubmit={(event) => void start(event)} noValidate aria-busy={action.busy}>
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
        {statement === null ? <Alert error={action.error} /> : null}
        <p className="saved" role="status">
          {done}
        </p>
        <div className="actions">
          <button type="submit" aria-disabled={action.busy}>
            {words.words('accountsScreen.reconcile.start')}
          </button>
        </div>
      </form>
      {statement === null ? null : (
        <section className="preview stack-tight" aria-labelledby="reconcile-statement-title">
          <h3 id="reconcile-statement-title" ref={statementTitle} tabIndex={-1} className="heading">
            {words.words('accountsScreen.reconcile.statementOf', { date: day(statement.date) })}
          </h3>
          <dl className="facts" aria-live="polite">
            <dt>{words.words('accountsScreen.reconcile.statementBalance')}</dt>
            <dd>{words.money(statement.statementBalance, account.currency)}</dd>
            <dt>
              {statement.previousDate === null ? words.words('accountsScreen.reconcile.previousNone') : words.words('accountsScreen.reconcile.previousBalance', { date: day(statement.previousDate) })}
            </dt>
            <dd>{words.money(statement.previousBalance, account.currency)}</dd>
            <dt>{words.words('accountsScreen.reconcile.clearedBalance')}</dt>
            <dd>{words.money(cleared, account.currency)}</dd>
            <dt>{words.words('accountsScreen.reconcile.unexplained')}</dt>
            <dd>
              <strong className={unexplained === 0 ? 'agrees' : 'differs'}>{words.money(unexplained, account.currency)}</strong>
              <span>{words.say(unexplainedSentence(unexplained, account.currency))}</span>
            </dd>
          </dl>
          <EntriesToTick entries={statement.uncleared} currency={account.currency} date={statement.date} ticked={ticked} onTicked={setTicked} page={page} onPage={setPage} />
          {unexplained === 0 ? null : (
            <fieldset className="field choice">
              <legend>{words.words('accountsScreen.reconcile.settleLegend', { amount: money(Math.abs(unexplained), account.currency) })}</legend>
              <RadioChoice
                id="reconcile-leave"
                name="reconcile-settle"
                checked={settling === 'leave'}
                onChoose={() => setSettle('leave')}
                label={words.words('accountsScreen.reconcile.leave')}
                hint={words.words('accountsScreen.reconcile.leaveHint', { amount: money(unexplained, account.currency) })}
              />
              {unexplained < 0 ? (
                <RadioChoice
                  id="reconcile-fee"
                  name="reconcile-settle"
                  checked={settling === 'fee'}
                  onChoose={() => setSettle('fee')}
                  label={words.words('accountsScreen.reconcile.asFee')}
                  hint={words.words('accountsScreen.reconcile.asFeeHint', { amount: money(-unexplained, account.currency), date: day(statement.date) })}
                />
              ) : null}
              <RadioChoice
                id="reconcile-adjustment"
                name="reconcile-settle"
                checked={settling === 'adjustment'}
                onChoose={() => setSettle('adjustment')}
                label={words.words('accountsScreen.reconcile.asAdjustment')}
                hint={words.words(unexplained > 0 ? 'accountsScreen.reconcile.asAdjustmentInHint' : 'accountsScreen.reconcile.asAdjustmentOutHint', {
                  amount: money(Math.abs(unexplained), account.currency),
                  date: day(statement.date),
                })}
              />
            </fieldset>
          )}
          <Alert error={action.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void finish()} aria-disabled={action.busy}>
              {words.words('accountsScreen.reconcile.finish')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
