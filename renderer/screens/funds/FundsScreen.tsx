import { useState, type FormEvent } from 'react';
import type { Fund, Output } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useLoaded } from '../../useLoaded.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';

function readFunds(): Promise<Output<'funds.list'>> {
  return treasury.funds.list();
}

/** The funds money is set aside in, what each holds, and a form to add one. */
export function FundsScreen({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const funds = useLoaded(readFunds, onLocked);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const focusLater = useFocusLater();

  return (
    <div className="screen screen-full readable-cards">
      <ScreenTitle title={words.words('fundsScreen.title')} intro={words.words('fundsScreen.intro')}>
        {adding ? null : (
          <button
            id="add-fund-button"
            type="button"
            className="primary"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {words.words('fundsScreen.add')}
          </button>
        )}
      </ScreenTitle>
      <Alert error={funds.error} />
      <p className="saved" role="status">
        {added}
      </p>
      {adding ? (
        <AddFundForm
          onAdded={(fund) => {
            setAdding(false);
            setAdded(words.words('fundsScreen.added', { name: fund.name }));
            void funds.reload();
            focusLater(byId('add-fund-button'));
          }}
          onCancel={() => {
            setAdding(false);
            focusLater(byId('add-fund-button'));
          }}
          onLocked={onLocked}
        />
      ) : null}
      {funds.value === null ? null : (
        <section className="card" aria-labelledby="funds-list-title">
          <h2 id="funds-list-title">{words.words('fundsScreen.list.title')}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{words.words('fundsScreen.list.fund')}</th>
                <th scope="col">{words.words('fundsScreen.list.purpose')}</th>
                <th scope="col" className="number">
                  {words.words('fundsScreen.list.balance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {funds.value.funds.map((fund) => (
                <tr key={fund.id}>
                  <th scope="row">
                    {fund.name}
                    {fund.restricted ? <span className="tag tag-restricted">{words.words('common.restricted')}</span> : null}
                  </th>
                  <td>{fund.purpose !== null ? <FreeText text={fund.purpose} /> : fund.restricted ? '' : <span className="quiet">{words.words('fundsScreen.list.anyPurpose')}</span>}</td>
                  <td className="number">
                    {fund.balances.length === 0 ? (
                      <span className="quiet">{words.words('fundsScreen.list.nothingYet')}</span>
                    ) : (
                      fund.balances.map((money) => <div key={money.currency}>{words.money(money.amount, money.currency)}</div>)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {funds.value.totals.map((total) => (
                <tr key={total.currency}>
                  <th scope="row" colSpan={2}>
                    {words.words('fundsScreen.list.total', { currency: total.currency })}
                  </th>
                  <td className="number">{words.money(total.amount, total.currency)}</td>
                </tr>
              ))}
            </tfoot>
          </table>
          <p className="hint">{words.words('fundsScreen.list.restrictedHint')}</p>
        </section>
      )}
    </div>
  );
}

function AddFundForm({ onAdded, onCancel, onLocked }: { onAdded: (fund: Fund) => void; onCancel: () => void; onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const nameField = useFocusOnMount<HTMLInputElement>();
  const [name, setName] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useEscapeCloses(onCancel);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMissing(name.trim() === '');
    if (name.trim() === '') return;
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
          onChange={(event) => setPurpose(event.target.value)}
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
