import { useRef, useState, type FormEvent } from 'react';
import {
  categoryFitsKind,
  categoryWhenLeftOut,
  entryKinds,
  generalFundId,
  kindTakes,
  recipientCodeSchema,
  recordFieldsByKind,
  recordInputOf,
  type Entry,
  type EntryKind,
  type Fund,
  type PaymentAccount,
  type RecordField,
  type RecordedEntry,
} from '../../../shared/contract/index.ts';
import { problemOf } from '../../../shared/messages/inputProblems.ts';
import { money, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { exampleAmount, parseAmount } from '../../../shared/money.ts';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useKeyDown } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useLanguage, useWords } from '../../language/words.tsx';
import { categoryLabel, entryKindNames } from '../../../shared/messages/ledgerWords.ts';
import { entryKindMeanings } from '../../meanings.ts';
import { treasury } from '../../treasury.ts';
import { today } from '../../today.ts';
import { NewCategory } from './NewCategory.tsx';
import { EntryNotices } from './EntryNotices.tsx';
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

/** The kind the form opens on. */
const firstKind: EntryKind = 'contribution';
/** The category a kind starts on: a contribution, most often a donation; otherwise the one it gets when none is chosen, or none. */
const startingCategory = (kind: EntryKind) => (kind === 'contribution' ? 'donation' : (categoryWhenLeftOut[kind] ?? ''));

/** The account a new entry starts on: the first that can pay out, else the first at all. */
function firstUsable(accounts: PaymentAccount[]): string {
  const usable = accounts.find((account) => account.status === 'active' || account.status === 'limited') ?? accounts[0];
  return usable === undefined ? '' : String(usable.id);
}

function accountLabel(words: Translator, account: PaymentAccount): string {
  return words.words('ledgerScreen.form.accountOption', { name: account.name, currency: account.currency, status: account.status });
}

function fundLabel(words: Translator, fund: Fund): string {
  return fund.restricted ? words.words('ledgerScreen.form.restrictedFund', { name: fund.name }) : fund.name;
}

/**
 * Records one entry after another without the mouse: Enter saves (Ctrl+Enter anywhere in the form),
 * the kind, account, fund and date stay for the next entry, and Escape closes. A refusal says why next
 * to the buttons, with the accounts that could pay instead, and nothing is saved.
 */
export function EntryForm({ accounts, funds, categories, onSaved, onClose, onCategoryAdded, onLocked }: EntryFormProps) {
  const words = useWords();
  const { language } = useLanguage();
  const action = useVaultAction(onLocked);
  const kindField = useFocusOnMount<HTMLSelectElement>();
  const amountField = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<EntryKind>(firstKind);
  const [date, setDate] = useState(today);
  const [amountText, setAmountText] = useState('');
  const [amountTouched, setAmountTouched] = useState(false);
  const [accountId, setAccountId] = useState(() => firstUsable(accounts));
  const [toAccountId, setToAccountId] = useState('');
  const [fundId, setFundId] = useState(String(generalFundId));
  const [toFundId, setToFundId] = useState('');
  const [direction, setDirection] = useState<'in' | 'out' | ''>('');
  const [category, setCategory] = useState(() => startingCategory(firstKind));
  const [recipient, setRecipient] = useState('');
  const [memo, setMemo] = useState('');
  const [receipt, setReceipt] = useState<ChosenReceipt | null>(null);
  const [receiptInputKey, setReceiptInputKey] = useState(0);
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [notices, setNotices] = useState<readonly Message[]>([]);

  const account = accounts.find((each) => String(each.id) === accountId);
  const currency = account?.currency ?? 'USD';
  const parsed = parseAmount(amountText, currency, language);
  // The fields this kind takes and needs are the contract's: the form shows those, and sends only those.
  const { needs } = recordFieldsByKind[kind];
  const takes = (field: RecordField) => kindTakes(kind, field);
  // A kind with a second account (a transfer) names the first the one the money comes from.
  const twoSided = takes('toAccountId');
  const sameCurrency = accounts.filter((each) => each.currency === currency);
  const failure = action.error;

  function chooseKind(next: EntryKind) {
    setKind(next);
    setCategory(startingCategory(next));
    setProblems({});
    action.clearError();
    // What the next kind has no field for is emptied, so it is neither sent nor found there later.
    if (!kindTakes(next, 'toAccountId')) setToAccountId('');
    if (!kindTakes(next, 'toFundId')) setToFundId('');
    if (!kindTakes(next, 'recipientCode')) setRecipient('');
    if (!kindTakes(next, 'direction')) setDirection('');
  }

  function check(): Problems {
    const found: Problems = {};
    const badDate = dateProblem(date, today());
    if (badDate !== null) found.date = words.say(badDate);
    if (!parsed.ok) found.amount = words.say(parsed.reason);
    if (needs.includes('toAccountId') && toAccountId === '') found.toAccount = words.words('ledgerScreen.form.toAccountMissing');
    if (needs.includes('direction') && direction === '') found.direction = words.words('ledgerScreen.form.directionMissing');
    if (recipient.trim() !== '') {
      const code = recipientCodeSchema.safeParse(recipient);
      if (!code.success) found.recipient = words.say(problemOf(code.error));
    }
    return found;
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (action.busy) return;
    setSaved(null);
    setNotices([]);
    setAmountTouched(true);
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0 || !parsed.ok || account === undefined) {
      if (found.date !== undefined) document.getElementById('entry-date')?.focus();
      else if (found.amount !== undefined) amountField.current?.focus();
      return;
    }
    const filled = (text: string) => (text.trim() === '' ? undefined : text.trim());
    // Every field the form holds; recordInputOf sends those this kind takes.
    const input = recordInputOf(kind, {
      date,
      amount: parsed.minor,
      accountId: account.id,
      toAccountId: toAccountId === '' ? undefined : Number(toAccountId),
      fundId: Number(fundId),
      toFundId: toFundId === '' ? undefined : Number(toFundId),
      direction: direction === '' ? undefined : direction,
      category: filled(category),
      recipientCode: filled(recipient),
      memo: filled(memo),
      receipt: receipt === null ? undefined : { mediaType: receipt.mediaType, dataBase64: receipt.dataBase64 },
    });
    let entry: RecordedEntry | null = null;
    const done = await action.run(async () => {
      entry = await treasury.ledger.record(input);
    });
    if (!done || entry === null) return;
    const recorded: RecordedEntry = entry;
    // Save and next: the same kind, account, fund and date; a fresh amount, memo, recipient and receipt.
    setAmountText('');
    setAmountTouched(false);
    setMemo('');
    setRecipient('');
    setReceipt(null);
    setReceiptInputKey((key) => key + 1);
    setSaved(savedSentence(words, recorded));
    setNotices(recorded.notices);
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
      setProblems((found) => ({ ...found, receipt: words.say(read.problem) }));
    } else setReceipt(read);
  }

  const amountError = problems.amount ?? (amountTouched && amountText !== '' && !parsed.ok ? words.say(parsed.reason) : null);
  const refusedField = failure?.code === 'ACCOUNT_UNAVAILABLE' ? 'account' : failure?.code === 'FUND_TOO_LOW' ? 'fund' : null;
  const refusalId = 'entry-refusal';

  if (accounts.length === 0) {
    return (
      <section className="card entry-form" aria-labelledby="entry-form-title">
        <h2 id="entry-form-title">{words.words('ledgerScreen.form.title')}</h2>
        <p>{words.words('ledgerScreen.form.noAccounts')}</p>
        <div className="actions">
          <button type="button" onClick={onClose}>
            {words.words('ledgerScreen.form.close')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card entry-form" aria-labelledby="entry-form-title">
      <div className="card-title">
        <h2 id="entry-form-title">{words.words('ledgerScreen.form.title')}</h2>
        <p className="hint">{words.words('ledgerScreen.form.keys')}</p>
      </div>
      <form ref={formRef} className="entry-fields" onSubmit={(event) => void save(event)} noValidate aria-busy={action.busy}>
        <SelectField
          ref={kindField}
          id="entry-kind"
          label={words.words('ledgerScreen.form.kind')}
          note={words.say(entryKindMeanings[kind])}
          value={kind}
          onChange={(event) => chooseKind(event.target.value as EntryKind)}
        >
          {entryKinds.map((each) => (
            <option key={each} value={each}>
              {words.say(entryKindNames[each])}
            </option>
          ))}
        </SelectField>
        <DateField
          id="entry-date"
          label={words.words('ledgerScreen.form.date')}
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
          label={words.words('ledgerScreen.form.amount', { currency })}
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
            {parsed.ok ? words.words('ledgerScreen.form.readsAs', { amount: money(parsed.minor, currency) }) : words.words('ledgerScreen.form.amountExample', { example: exampleAmount(language) })}
          </p>
        </Field>
        {takes('direction') ? (
          <fieldset className="field choice" aria-describedby={problems.direction ? 'entry-direction-error' : undefined}>
            <legend>{words.words('ledgerScreen.form.direction')}</legend>
            <label className="checkbox">
              <input type="radio" name="entry-direction" value="in" checked={direction === 'in'} onChange={() => setDirection('in')} />
              {words.words('ledgerScreen.form.directionIn')}
            </label>
            <label className="checkbox">
              <input type="radio" name="entry-direction" value="out" checked={direction === 'out'} onChange={() => setDirection('out')} />
              {words.words('ledgerScreen.form.directionOut')}
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
          label={twoSided ? words.words('ledgerScreen.form.fromAccount') : words.words('ledgerScreen.form.account')}
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
              {accountLabel(words, each)}
            </option>
          ))}
        </SelectField>
        {takes('toAccountId') ? (
          <SelectField
            id="entry-to-account"
            label={words.words('ledgerScreen.form.toAccount')}
            value={toAccountId}
            onChange={(event) => {
              setToAccountId(event.target.value);
              setProblems((found) => ({ ...found, toAccount: undefined }));
            }}
            error={problems.toAccount}
          >
            <option value="">{words.words('ledgerScreen.form.choose')}</option>
            {sameCurrency.map((each) => (
              <option key={each.id} value={each.id}>
                {each.id === account?.id ? words.words('ledgerScreen.form.sameAccount', { name: each.name }) : accountLabel(words, each)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {takes('toFundId') ? (
          <SelectField id="entry-to-fund" label={words.words('ledgerScreen.form.toFund')} value={toFundId} onChange={(event) => setToFundId(event.target.value)}>
            <option value="">{words.words('ledgerScreen.form.sameFund')}</option>
            {funds.map((fund) => (
              <option key={fund.id} value={fund.id}>
                {fundLabel(words, fund)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          id="entry-fund"
          label={twoSided ? words.words('ledgerScreen.form.fromFund') : words.words('ledgerScreen.form.fund')}
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
              {fundLabel(words, fund)}
            </option>
          ))}
        </SelectField>
        {takes('category') ? (
          <div className="field-with-action">
            <SelectField id="entry-category" label={words.words('ledgerScreen.form.category')} value={category} onChange={(event) => setCategory(event.target.value)}>
              {categoryWhenLeftOut[kind] === null ? <option value="">{words.words('ledgerScreen.form.noCategory')}</option> : null}
              {categories
                .filter((name) => categoryFitsKind(name, kind))
                .map((name) => (
                  <option key={name} value={name}>
                    {categoryLabel(words, name)}
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
        ) : null}
        {takes('recipientCode') ? (
          <Field
            id="entry-recipient"
            label={words.words('ledgerScreen.form.recipient')}
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
              {kind === 'disbursement' ? words.words('ledgerScreen.form.recipientForDisbursement') : words.words('ledgerScreen.form.recipientForContribution')}
            </p>
          </Field>
        ) : null}
        <Field
          id="entry-memo"
          label={words.words('ledgerScreen.form.memo')}
          className="field-span2"
          autoComplete="off"
          maxLength={200}
          describedBy="entry-memo-note"
          value={memo}
          onChange={(event) => setMemo(event.target.value)}
        >
          <p id="entry-memo-note" className="hint">
            {words.words('ledgerScreen.form.memoHint')}
          </p>
        </Field>
        <div className="field field-span">
          <label htmlFor="entry-receipt">{words.words('ledgerScreen.form.receipt')}</label>
          <p id="entry-receipt-hint" className="hint">
            {words.words('ledgerScreen.form.receiptHint')}
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
              {words.words('ledgerScreen.form.receiptChosen', { name: receipt.name, size: sizeText(receipt.size) })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setReceipt(null);
                  setReceiptInputKey((key) => key + 1);
                }}
              >
                {words.words('ledgerScreen.form.removeReceipt')}
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
            {action.busy ? words.words('ledgerScreen.form.saving') : saved}
          </p>
          <EntryNotices notices={notices} />
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={action.busy}>
              {words.words('ledgerScreen.form.save')}
            </button>
            <button type="button" onClick={onClose}>
              {words.words('ledgerScreen.form.close')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

function savedSentence(words: Translator, entry: Entry): string {
  const facts = { seq: entry.seq, kind: entry.kind, amount: money(entry.amount, entry.currency), account: entry.accountName };
  return entry.kind === 'disbursement' && entry.recipientCode !== null
    ? words.words('ledgerScreen.form.savedTo', { ...facts, recipient: entry.recipientCode })
    : words.words('ledgerScreen.form.saved', facts);
}
