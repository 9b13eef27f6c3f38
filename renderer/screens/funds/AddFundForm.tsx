import { useState, type FormEvent } from 'react';
import type { Fund } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWords } from '../../language/words.tsx';

/** A new fund: its name, whether it is restricted, and its purpose (which a restricted fund must have). */
export function AddFundForm({ onAdded, onCancel, onLocked }: { onAdded: (fund: Fund) => void; onCancel: () => void; onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const nameField = useFocusOnMount<HTMLInputElement>();
  const [name, setName] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [missing, setMissing] = useState(false);
  const [purposeMissing, setPurposeMissing] = useState(false);
  const form = useEscapeCloses(onCancel);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMissing(name.trim() === '');
    setPurposeMissing(restricted && purpose.trim() === '');
    if (name.trim() === '') return document.getElementById('fund-name')?.focus();
    if (restricted && purpose.trim() === '') return document.getElementById('fund-purpose')?.focus();
    let fund: Fund | null = null;
    const done = await action.run(async () => {
      fund = await treasury.funds.add({ name, restricted, ...(purpose.trim() === '' ? {} : { purpose }) });
    });
    if (done && fund !== null) onAdded(fund);
  }

  const nameError = missing ? words.words('fundsScreen.form.nameMissing') : action.error?.code === 'NAME_TAKEN' ? words.say(action.error.reason) : null;
  return (
    <section className="card" aria-labelledby="add-fund-title">
      <h2 id="add-fund-title">{words.words('fundsScreen.form.title')}</h2>
      <form ref={form} className="stack-tight" onSubmit={(event) => void add(event)} noValidate aria-busy={action.busy}>
        <Field
          ref={nameField}
          id="fund-name"
          label={words.words('fundsScreen.form.name')}
          autoComplete="off"
          maxLength={60}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setMissing(false);
            action.clearError();
          }}
          error={nameError}
        />
        <label className="checkbox">
          <input type="checkbox" checked={restricted} onChange={(event) => setRestricted(event.target.checked)} aria-describedby="fund-restricted-hint" />
          {words.words('fundsScreen.form.restricted')}
        </label>
        <p id="fund-restricted-hint" className="hint">
          {words.words('fundsScreen.form.restrictedHint')}
        </p>
        <Field
          id="fund-purpose"
          label={restricted ? words.words('fundsScreen.form.purpose') : words.words('fundsScreen.form.purposeOptional')}
          className="field-wide"
          autoComplete="off"
          maxLength={200}
          hint={words.words('fundsScreen.form.purposeHint')}
          value={purpose}
          onChange={(event) => {
            setPurpose(event.target.value);
            setPurposeMissing(false);
          }}
          error={purposeMissing ? words.words('fundsScreen.form.purposeMissing') : null}
        />
        {action.error?.code === 'NAME_TAKEN' ? null : <Alert error={action.error} />}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {words.words('fundsScreen.form.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {words.words('fundsScreen.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
