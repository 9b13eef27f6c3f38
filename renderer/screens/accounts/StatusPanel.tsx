import { useCallback, useState, type FormEvent } from 'react';
import { accountStatuses, type AccountStatus, type Output, type PaymentAccount } from '../../../shared/contract/index.ts';
import { formatDay, formatShortDateTime } from '../../../shared/messages/dates.ts';
import { day, money, say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useWords } from '../../language/words.tsx';
import { statusNames } from '../../../shared/messages/ledgerWords.ts';
import { statusMeanings } from '../../meanings.ts';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { FreeText } from '../../components/FreeText.tsx';

interface StatusPanelProps {
  account: PaymentAccount;
  onChanged: (account: PaymentAccount) => void;
  onLocked: () => void;
}

type History = Output<'accounts.history'>;

/** A status as a word inside a sentence ("Venmo is frozen from …"). */
const statusInSentence: Record<AccountStatus, Message> = {
  active: say('accounts.status.active'),
  limited: say('accounts.status.limited'),
  frozen: say('accounts.status.frozen'),
  closed: say('accounts.status.closed'),
};

/** An account's status history, with the balance held at each change, and a form to record the next change. */
export function StatusPanel({ account, onChanged, onLocked }: StatusPanelProps) {
  const words = useWords();
  const readHistory = useCallback(() => treasury.accounts.history({ accountId: account.id }), [account.id]);
  const history = useLoaded<History>(readHistory, onLocked);
  const action = useVaultAction(onLocked);
  const choices = accountStatuses.filter((status) => status !== account.status);
  const [status, setStatus] = useState<AccountStatus>(account.status === 'frozen' ? 'active' : 'frozen');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [dateError, setDateError] = useState<Message | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function record(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setDone(null);
    const badDate = dateProblem(date, today());
    setDateError(badDate);
    setMissingReason(reason.trim() === '');
    if (badDate !== null) return document.getElementById('status-date')?.focus();
    if (reason.trim() === '') return document.getElementById('status-reason')?.focus();
    let changed: PaymentAccount | null = null;
    const ok = await action.run(async () => {
      changed = await treasury.accounts.setStatus({ accountId: account.id, status, date, reason });
    });
    if (!ok || changed === null) return;
    const updated: PaymentAccount = changed;
    setReason('');
    setDone(words.words('accountsScreen.status.recorded', { account: updated.name, status: statusInSentence[updated.status], date: day(date), amount: money(updated.balance, updated.currency) }));
    setStatus(updated.status === 'frozen' ? 'active' : 'frozen');
    onChanged(updated);
    void history.reload();
  }

  return (
    <div className="stack">
      <form className="stack-tight" onSubmit={(event) => void record(event)} noValidate aria-busy={action.busy}>
        <div className="field-grid">
          <SelectField
            id="status-new"
            label={words.words('accountsScreen.status.new')}
            note={words.say(statusMeanings[status])}
            value={status}
            onChange={(event) => setStatus(event.target.value as AccountStatus)}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {words.say(statusNames[choice])}
              </option>
            ))}
          </SelectField>
          <DateField
            id="status-date"
            label={words.words('accountsScreen.status.since')}
            value={date}
            onChange={(value) => {
              setDate(value);
              setDateError(null);
            }}
            error={dateError === null ? null : words.say(dateError)}
          />
        </div>
        <Field
          id="status-reason"
          label={words.words('accountsScreen.status.reason')}
          className="field-wide"
          hint={words.words('accountsScreen.status.reasonHint')}
          autoComplete="off"
          maxLength={200}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissingReason(false);
          }}
          error={missingReason ? words.words('accountsScreen.status.reasonMissing') : null}
        />
        <Alert error={action.error} />
        <p className="saved" role="status">
          {done}
        </p>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {words.words('accountsScreen.status.record')}
          </button>
        </div>
      </form>
      <div className="stack-tight">
        <h3>{words.words('accountsScreen.status.history')}</h3>
        <Alert error={history.error} />
        {history.value === null ? null : history.value.length === 0 ? (
          <p className="quiet">{words.words('accountsScreen.status.noChanges')}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{words.words('accountsScreen.status.caption', { name: account.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{words.words('accountsScreen.status.since')}</th>
                <th scope="col">{words.words('accountsScreen.status.status')}</th>
                <th scope="col">{words.words('accountsScreen.status.reason')}</th>
                <th scope="col" className="number">
                  {words.words('accountsScreen.status.balanceHeld')}
                </th>
                <th scope="col">{words.words('accountsScreen.status.recordedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {history.value.map((change) => (
                <tr key={change.recordedAt}>
                  <td>{formatDay(change.date, words.language)}</td>
                  <td>
                    <StatusBadge status={change.status} />
                  </td>
                  <td>
                    <FreeText text={change.reason} />
                  </td>
                  <td className="number">{words.money(change.balanceHeld, account.currency)}</td>
                  <td className="quiet">{formatShortDateTime(change.recordedAt, words.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
