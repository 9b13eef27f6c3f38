import { useRef, useState, type FormEvent } from 'react';
import { entryKinds, generalFundId, recipientCodeSchema, type Entry, type EntryKind, type Fund, type PaymentAccount, type RecordInput } from '../../../shared/contract/index.ts';
import { formatMoney, parseAmount } from '../../../shared/money.ts';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useKeyDown } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { categoryName, entryKindMeanings, entryKindNames, statusNames } from '../../ledgerWords.ts';
import { treasury } from '../../treasury.ts';
import { today } from '../../today.ts';
import { NewCategory } from './NewCategory.tsx';
import { RefusalAlert } from './RefusalAlert.tsx';
import { readReceipt, sizeText, type ChosenReceipt } from './receiptFile.ts';

interface EntryFormProps {
  accounts: PaymentAccount[];
  funds: Fund[];
  categories: string[];
  onSaved: (entry: Entry) => void;
  onClose: () => void;
  onCategoryAdded: (name: string) => Promise<void>;
  onLocked: () => void;
}

type Problems = { date?: string; amount?: string; toAccount?: string; direction?: string; recipient?: string; receipt?: string };

const withRecipient = (kind: EntryKind) => kind === 'contribution' || kind === 'disbursement';
const defaultCategory = (kind: EntryKind) => (withRecipient(kind) ? 'other' : '');

/** The account a new entry starts on: the first that can pay out, else the first at all. */
function firstUsable(accounts: PaymentAccount[]): string {
  const usable = accounts.find((account) => account.status === 'active' || account.status === 'limited') ?? accounts[0];
  return usable === undefined ? '' : String(usable.id);
}

function accountLabel(account: PaymentAccount): string {
  return account.status === 'active' ? `${account.name} (${account.currency})` : `${account.name} (${account.currency}, ${statusNames[account.status].toLowerCase()})`;
}

/**
 * Records one entry after another without the mouse: Enter saves (Ctrl+Enter anywhere in the form),
 * the kind, account, fund and date stay for the next entry, and Escape closes. A refusal says why next
 * to the buttons, with the accounts that could pay instead, and nothing is saved.
 */
export function EntryForm({ accounts, funds, categories, onSaved, onClose, onCategoryAdded, onLocked }: EntryFormProps) {
  const action = useVaultAction(onLocked);
  const kindField = useFocusOnMount<HTMLSelectElement>();
  const amountField = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<EntryKind>('contribution');
  const [date, setDate] = useState(today);
  const [amountText, setAmountText] = useState('');
  const [amountTouched, setAmountTouched] = useState(false);
  const [accountId, setAccountId] = useState(() => firstUsable(accounts));
  const [toAccountId, setToAccountId] = useState('');
  const [fundId, setFundId] = useState(String(generalFundId));
  const [toFundId, setToFundId] = useState('');
  const [direction, setDirection] = useState<'in' | 'out' | ''>('');
  const [category, setCategory] = useState('other');
  const [recipient, setRecipient] = useState('');
  const [memo, setMemo] = useState('');
  const [receipt, setReceipt] = useState<ChosenReceipt | null>(null);
  const [receiptInputKey, setReceiptInputKey] = useState(0);
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<string | null>(null);

  const account = accounts.find((each) => String(each.id) === accountId);
  const currency = account?.currency ?? 'USD';
  const parsed = parseAmount(amountText, currency);
  const isTransfer = kind === 'transfer';
  const sameCurrency = accounts.filter((each) => each.currency === currency);
  const failure = action.error;

  function chooseKind(next: EntryKind) {
    setKind(next);
    setCategory(defaultCategory(next));
    setProblems({});
    action.clearError();
    if (next !== 'transfer') {
      setToAccountId('');
      setToFundId('');
    }
    if (!withRecipient(next)) setRecipient('');
    if (next !== 'adjustment') setDirection('');
  }

  function check(): Problems {
    const found: Problems = {};
    const badDate = dateProblem(date, today());
    if (badDate !== null) found.date = badDate;
    if (!parsed.ok) found.amount = parsed.reason;
    if (isTransfer && toAccountId === '') found.toAccount = 'Choose the account the money goes to.';
    if (kind === 'adjustment' && direction === '') found.direction = 'Say whether the adjustment adds money to the account or takes it out.';
    if (recipient.trim() !== '') {
      const code = recipientCodeSchema.safeParse(recipient);
      if (!code.success) found.recipient = code.error.issues[0]?.message ?? 'That is not a recipient code.';
    }
    return found;
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (action.busy) return;
    setSaved(null);
    setAmountTouched(true);
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0 || !parsed.ok || account === undefined) {
      if (found.date !== undefined) document.getElementById('entry-date')?.focus();
      else if (found.amount !== undefined) amountField.current?.focus();
      return;
    }
    const input: RecordInput = {
      kind,
      date,
      amount: parsed.minor,
      accountId: account.id,
      fundId: Number(fundId),
      ...(isTransfer ? { toAccountId: Number(toAccountId), ...(toFundId === '' ? {} : { toFundId: Number(toFundId) }) } : {}),
      ...(kind === 'adjustment' && direction !== '' ? { direction } : {}),
      ...(!isTransfer && category !== '' ? { category } : {}),
      ...(withRecipient(kind) && recipient.trim() !== '' ? { recipientCode: recipient.trim() } : {}),
      ...(memo.trim() === '' ? {} : { memo: memo.trim() }),
      ...(receipt === null ? {} : { receipt: { mediaType: receipt.mediaType, dataBase64: receipt.dataBase64 } }),
    };
    let entry: Entry | null = null;
    const done = await action.run(async () => {
      entry = await treasury.ledger.record(input);
    });
    if (!done || entry === null) return;
    const recorded: Entry = entry;
    // Save and next: the same kind, account, fund and date; a fresh amount, memo, recipient and receipt.
    setAmountText('');
    setAmountTouched(false);
    setMemo('');
    setRecipient('');
    setReceipt(null);
    setReceiptInputKey((key) => key + 1);
    setSaved(savedSentence(recorded));
    onSaved(recorded);
    amountField.current?.focus();
  }

  const formRef = useKeyDown<HTMLFormElement>((event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && !target.closest('.new-category')) {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      (event.currentTarget as HTMLFormElement).requestSubmit();
    } else if (event.key === 'Enter' && !event.altKey && !event.shiftKey && target instanceof HTMLSelectElement) {
      // Enter in a list saves, as it does in a text field, so the whole form works from the keyboard.
      event.preventDefault();
      (event.currentTarget as HTMLFormElement).requestSubmit();
    }
  });

  async function chooseReceipt(file: File | undefined) {
    setProblems((found) => ({ ...found, receipt: undefined }));
    if (file === undefined) return setReceipt(null);
    const read = await readReceipt(file);
    if ('problem' in read) {
      setReceipt(null);
      setReceiptInputKey((key) => key + 1);
      setProblems((found) => ({ ...found, receipt: read.problem }));
    } else setReceipt(read);
  }

  const amountError = problems.amount ?? (amountTouched && amountText !== '' && !parsed.ok ? parsed.reason : null);
  const refusedField = failure?.code === 'ACCOUNT_UNAVAILABLE' ? 'account' : failure?.code === 'FUND_TOO_LOW' ? 'fund' : null;
  const refusalId = 'entry-refusal';

  if (accounts.length === 0) {
    return (
      <section className="card entry-form" aria-labelledby="entry-form-title">
        <h2 id="entry-form-title">New entry</h2>
        <p>Add a payment account first (in Accounts): every entry belongs to one.</p>
        <div className="actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card entry-form" aria-labelledby="entry-form-title">
      <div className="card-title">
        <h2 id="entry-form-title">New entry</h2>
        <p className="hint">Enter saves · Escape closes</p>
      </div>
      <form ref={formRef} className="entry-fields" onSubmit={(event) => void save(event)} noValidate aria-busy={action.busy}>
        <SelectField ref={kindField} id="entry-kind" label="Kind" note={entryKindMeanings[kind]} value={kind} onChange={(event) => chooseKind(event.target.value as EntryKind)}>
          {entryKinds.map((each) => (
            <option key={each} value={each}>
              {entryKindNames[each]}
            </option>
          ))}
        </SelectField>
        <DateField
          id="entry-date"
          label="Date"
          value={date}
          onChange={(value) => {
            setDate(value);
            setProblems((found) => ({ ...found, date: undefined }));
          }}
          error={problems.date}
        />
        <Field
          ref={amountField}
          id="entry-amount"
          label={`Amount (${currency})`}
          className="field-amount"
          inputMode="decimal"
          autoComplete="off"
          describedBy="entry-amount-reading"
          value={amountText}
          onChange={(event) => {
            setAmountText(event.target.value);
            setProblems((found) => ({ ...found, amount: undefined }));
          }}
          onBlur={() => setAmountTouched(true)}
          error={amountError}
        >
          <p id="entry-amount-reading" className="hint">
            {parsed.ok ? `Reads as ${formatMoney(parsed.minor, currency)}` : 'Such as 1,200.50'}
          </p>
        </Field>
        {kind === 'adjustment' ? (
          <fieldset className="field choice" aria-describedby={problems.direction ? 'entry-direction-error' : undefined}>
            <legend>Which way</legend>
            <label className="checkbox">
              <input type="radio" name="entry-direction" value="in" checked={direction === 'in'} onChange={() => setDirection('in')} />
              Adds money to the account
            </label>
            <label className="checkbox">
              <input type="radio" name="entry-direction" value="out" checked={direction === 'out'} onChange={() => setDirection('out')} />
              Takes money out
            </label>
            {problems.direction ? (
              <p id="entry-direction-error" className="field-error" role="alert">
                {problems.direction}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <SelectField
          id="entry-account"
          label={isTransfer ? 'From account' : 'Account'}
          value={accountId}
          onChange={(event) => {
            setAccountId(event.target.value);
            action.clearError();
          }}
          invalid={refusedField === 'account'}
          describedBy={refusedField === 'account' ? refusalId : undefined}
        >
          {accounts.map((each) => (
            <option key={each.id} value={each.id}>
              {accountLabel(each)}
            </option>
          ))}
        </SelectField>
        {isTransfer ? (
          <>
            <SelectField
              id="entry-to-account"
              label="To account"
              value={toAccountId}
              onChange={(event) => {
                setToAccountId(event.target.value);
                setProblems((found) => ({ ...found, toAccount: undefined }));
              }}
              error={problems.toAccount}
            >
              <option value="">Choose…</option>
              {sameCurrency.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.id === account?.id ? `${each.name} (same account: another fund)` : accountLabel(each)}
                </option>
              ))}
            </SelectField>
            <SelectField id="entry-to-fund" label="To fund" value={toFundId} onChange={(event) => setToFundId(event.target.value)}>
              <option value="">The same fund</option>
              {funds.map((fund) => (
                <option key={fund.id} value={fund.id}>
                  {fund.restricted ? `${fund.name} (restricted)` : fund.name}
                </option>
              ))}
            </SelectField>
          </>
        ) : null}
        <SelectField
          id="entry-fund"
          label={isTransfer ? 'From fund' : 'Fund'}
          value={fundId}
          onChange={(event) => {
            setFundId(event.target.value);
            action.clearError();
          }}
          invalid={refusedField === 'fund'}
          describedBy={refusedField === 'fund' ? refusalId : undefined}
        >
          {funds.map((fund) => (
            <option key={fund.id} value={fund.id}>
              {fund.restricted ? `${fund.name} (restricted)` : fund.name}
            </option>
          ))}
        </SelectField>
        {isTransfer ? null : (
          <div className="field-with-action">
            <SelectField id="entry-category" label="Category" value={category} onChange={(event) => setCategory(event.target.value)}>
              {withRecipient(kind) ? null : <option value="">None</option>}
              {categories.map((name) => (
                <option key={name} value={name}>
                  {categoryName(name)}
                </option>
              ))}
            </SelectField>
            <NewCategory
              onAdded={async (name) => {
                await onCategoryAdded(name);
                setCategory(name);
              }}
              onLocked={onLocked}
            />
          </div>
        )}
        {withRecipient(kind) ? (
          <Field
            id="entry-recipient"
            label="Recipient code (optional)"
            className="field-code"
            autoComplete="off"
            spellCheck={false}
            describedBy="entry-recipient-note"
            value={recipient}
            onChange={(event) => {
              setRecipient(event.target.value);
              setProblems((found) => ({ ...found, recipient: undefined }));
            }}
            error={problems.recipient}
          >
            <p id="entry-recipient-note" className="hint">
              {kind === 'disbursement' ? 'A code, never a name. Left blank, the app makes one up (like R-7KQ2MX).' : 'A code for the giver, never a name. Usually blank.'}
            </p>
          </Field>
        ) : null}
        <Field
          id="entry-memo"
          label="Memo (optional)"
          className="field-span2"
          autoComplete="off"
          maxLength={200}
          describedBy="entry-memo-note"
          value={memo}
          onChange={(event) => setMemo(event.target.value)}
        >
          <p id="entry-memo-note" className="hint">
            A few words. No names, addresses or phone numbers. Ctrl+Enter saves.
          </p>
        </Field>
        <div className="field field-span">
          <label htmlFor="entry-receipt">Receipt (optional)</label>
          <p id="entry-receipt-hint" className="hint">
            A photo or PDF of a receipt, up to 5 MiB, for reimbursements. It is kept encrypted inside the vault.
          </p>
          <input
            key={receiptInputKey}
            id="entry-receipt"
            type="file"
            accept="image/png,image/jpeg,image/webp,application/pdf"
            aria-describedby={problems.receipt ? 'entry-receipt-hint entry-receipt-error' : 'entry-receipt-hint'}
            aria-invalid={problems.receipt ? true : undefined}
            onChange={(event) => void chooseReceipt(event.target.files?.[0])}
          />
          {receipt === null ? null : (
            <p className="quiet">
              {receipt.name}, {sizeText(receipt.size)}.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setReceipt(null);
                  setReceiptInputKey((key) => key + 1);
                }}
              >
                Remove the receipt
              </button>
            </p>
          )}
          {problems.receipt ? (
            <p id="entry-receipt-error" className="field-error" role="alert">
              {problems.receipt}
            </p>
          ) : null}
        </div>
        <div className="field-span stack-tight">
          <RefusalAlert id={refusalId} error={failure} />
          <p className="saved" role="status">
            {action.busy ? 'Saving…' : saved}
          </p>
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={action.busy}>
              Save entry
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

function savedSentence(entry: Entry): string {
  const money = formatMoney(entry.amount, entry.currency);
  const code = entry.kind === 'disbursement' && entry.recipientCode !== null ? ` to ${entry.recipientCode}` : '';
  return `Saved entry #${entry.seq}: ${entryKindNames[entry.kind].toLowerCase()} of ${money}${code}, ${entry.accountName}. Ready for the next one.`;
}
