import { useState, type FormEvent } from 'react';
import { accountKinds, type AccountKind, type PaymentAccount } from '../../../shared/contract/index.ts';
import { isKnownCurrency } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { accountKindNames } from '../../../shared/messages/ledgerWords.ts';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWords } from '../../language/words.tsx';

interface AddAccountFormProps {
  onAdded: (account: PaymentAccount) => void;
  onCancel: () => void;
  onLocked: () => void;
}

type Problems = { name?: string; currency?: string };

/** Registers a payment account: what it is, whose it is, and the security guides' short checklist. */
export function AddAccountForm({ onAdded, onCancel, onLocked }: AddAccountFormProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const nameField = useFocusOnMount<HTMLInputElement>();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AccountKind>('bank');
  const [currency, setCurrency] = useState('USD');
  const [handle, setHandle] = useState('');
  const [holder, setHolder] = useState<'organisation' | 'member'>('organisation');
  const [security, setSecurity] = useState({ mfa: false, personalPhone: false, personalName: false, personalCard: false });
  const [problems, setProblems] = useState<Problems>({});
  const form = useEscapeCloses(onCancel);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    const found: Problems = {};
    if (name.trim() === '') found.name = words.words('accountsScreen.add.nameMissing');
    if (!isKnownCurrency(currency)) found.currency = words.words('accountsScreen.add.currencyUnknown');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found.name ? 'account-name' : 'account-currency')?.focus();
      return;
    }
    let account: PaymentAccount | null = null;
    const done = await action.run(async () => {
      account = await treasury.accounts.add({ name, kind, currency, holder, security, ...(handle.trim() === '' ? {} : { handle }) });
    });
    if (done && account !== null) onAdded(account);
  }

  const tick = (key: keyof typeof security) => (checked: boolean) => setSecurity((current) => ({ ...current, [key]: checked }));
  const failure = action.error;
  const nameError = problems.name ?? (failure?.code === 'NAME_TAKEN' ? words.say(failure.reason) : null);
  const tied = holder === 'member' || security.personalPhone || security.personalName || security.personalCard;

  return (
    <section className="card" aria-labelledby="add-account-title">
      <h2 id="add-account-title">{words.words('accountsScreen.add.title')}</h2>
      <form ref={form} className="stack" onSubmit={(event) => void add(event)} noValidate aria-busy={action.busy}>
        <div className="field-grid">
          <Field
            ref={nameField}
            id="account-name"
            label={words.words('accountsScreen.add.name')}
            autoComplete="off"
            maxLength={60}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setProblems((current) => ({ ...current, name: undefined }));
              action.clearError();
            }}
            error={nameError}
          />
          <SelectField id="account-kind" label={words.words('accountsScreen.add.kind')} value={kind} onChange={(event) => setKind(event.target.value as AccountKind)}>
            {accountKinds.map((each) => (
              <option key={each} value={each}>
                {words.say(accountKindNames[each])}
              </option>
            ))}
          </SelectField>
          <Field
            id="account-currency"
            label={words.words('accountsScreen.add.currency')}
            className="field-short"
            autoComplete="off"
            maxLength={3}
            spellCheck={false}
            value={currency}
            onChange={(event) => {
              setCurrency(event.target.value.toUpperCase());
              setProblems((current) => ({ ...current, currency: undefined }));
            }}
            error={problems.currency}
          />
        </div>
        <Field
          id="account-handle"
          label={words.words('accountsScreen.add.handle')}
          hint={words.words('accountsScreen.add.handleHint')}
          className="field-medium"
          autoComplete="off"
          maxLength={32}
          spellCheck={false}
          value={handle}
          onChange={(event) => setHandle(event.target.value)}
        />
        <fieldset className="choice">
          <legend>{words.words('accountsScreen.add.whose')}</legend>
          <label className="checkbox">
            <input type="radio" name="account-holder" checked={holder === 'organisation'} onChange={() => setHolder('organisation')} />
            {words.words('accountsScreen.add.groupsOwn')}
          </label>
          <label className="checkbox">
            <input type="radio" name="account-holder" checked={holder === 'member'} onChange={() => setHolder('member')} />
            {words.words('accountsScreen.add.members')}
          </label>
        </fieldset>
        <fieldset className="choice" aria-describedby="account-checklist-hint">
          <legend>{words.words('accountsScreen.add.checklist')}</legend>
          <p id="account-checklist-hint" className="hint">
            {words.words('accountsScreen.add.checklistHint')}
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={security.mfa} onChange={(event) => tick('mfa')(event.target.checked)} />
            {words.words('accountsScreen.add.mfa')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={security.personalPhone} onChange={(event) => tick('personalPhone')(event.target.checked)} />
            {words.words('accountsScreen.add.personalPhone')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={security.personalName} onChange={(event) => tick('personalName')(event.target.checked)} />
            {words.words('accountsScreen.add.personalName')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={security.personalCard} onChange={(event) => tick('personalCard')(event.target.checked)} />
            {words.words('accountsScreen.add.personalCard')}
          </label>
        </fieldset>
        {tied ? <p className="notice">{words.words('accountsScreen.add.tiedNotice')}</p> : null}
        {failure !== null && failure.code !== 'NAME_TAKEN' ? <Alert error={failure} /> : null}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {words.words('accountsScreen.add.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {words.words('accountsScreen.add.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
