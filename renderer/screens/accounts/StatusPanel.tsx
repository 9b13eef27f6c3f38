import { useCallback, useState, type FormEvent } from 'react';
import { accountStatuses, type AccountStatus, type Output, type PaymentAccount } from '../../../shared/contract/index.ts';
import { formatMoney } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDay, formatShortDateTime } from '../../formatDate.ts';
import { statusMeanings, statusNames } from '../../ledgerWords.ts';
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

/** An account's status history, with the balance held at each change, and a form to record the next change. */
export function StatusPanel({ account, onChanged, onLocked }: StatusPanelProps) {
  const readHistory = useCallback(() => treasury.accounts.history({ accountId: account.id }), [account.id]);
  const history = useLoaded<History>(readHistory, onLocked);
  const action = useVaultAction(onLocked);
  const choices = accountStatuses.filter((status) => status !== account.status);
  const [status, setStatus] = useState<AccountStatus>(account.status === 'frozen' ? 'active' : 'frozen');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
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
    setDone(`${updated.name} is ${statusNames[updated.status].toLowerCase()} from ${formatDay(date)}, holding ${formatMoney(updated.balance, updated.currency)}.`);
    setStatus(updated.status === 'frozen' ? 'active' : 'frozen');
    onChanged(updated);
    void history.reload();
  }

  return (
    <div className="stack">
      <form className="stack-tight" onSubmit={(event) => void record(event)} noValidate aria-busy={action.busy}>
        <div className="field-grid">
          <SelectField id="status-new" label="New status" note={statusMeanings[status]} value={status} onChange={(event) => setStatus(event.target.value as AccountStatus)}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {statusNames[choice]}
              </option>
            ))}
          </SelectField>
          <DateField
            id="status-date"
            label="Since"
            value={date}
            onChange={(value) => {
              setDate(value);
              setDateError(null);
            }}
            error={dateError}
          />
        </div>
        <Field
          id="status-reason"
          label="Reason"
          className="field-wide"
          hint="In a few words, such as “Platform review, no notice given”."
          autoComplete="off"
          maxLength={200}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissingReason(false);
          }}
          error={missingReason ? 'Say why, in a few words.' : null}
        />
        <Alert error={action.error} />
        <p className="saved" role="status">
          {done}
        </p>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            Record the change
          </button>
        </div>
      </form>
      <div className="stack-tight">
        <h3>History</h3>
        <Alert error={history.error} />
        {history.value === null ? null : history.value.length === 0 ? (
          <p className="quiet">Active since it was added; no changes yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Status changes of {account.name}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Since</th>
                <th scope="col">Status</th>
                <th scope="col">Reason</th>
                <th scope="col" className="number">
                  Balance held
                </th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {history.value.map((change) => (
                <tr key={change.recordedAt}>
                  <td>{formatDay(change.date)}</td>
                  <td>
                    <StatusBadge status={change.status} />
                  </td>
                  <td>
                    <FreeText text={change.reason} />
                  </td>
                  <td className="number">{formatMoney(change.balanceHeld, account.currency)}</td>
                  <td className="quiet">{formatShortDateTime(change.recordedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
