import { useEffect, useState } from 'react';
import { entryKinds, type EntryFilter, type EntryKind, type Fund, type PaymentAccount } from '../../../shared/contract/index.ts';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { useWords } from '../../language/words.tsx';
import { categoryLabel, entryKindNames } from '../../../shared/messages/ledgerWords.ts';

interface LedgerFiltersProps {
  filter: EntryFilter;
  onChange: (filter: EntryFilter) => void;
  accounts: PaymentAccount[];
  funds: Fund[];
  categories: string[];
}

/** Typed text waits this long after the last key before the table is filtered. */
const typingPause = 300;

/** A filter without its empty parts, so an empty field and a missing one are the same view. */
function withoutEmpty(filter: EntryFilter): EntryFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== '')) as EntryFilter;
}

/** Narrows the ledger: dates, account, fund, category, kind at once; recipient code and memo after a pause in typing. */
export function LedgerFilters({ filter, onChange, accounts, funds, categories }: LedgerFiltersProps) {
  const words = useWords();
  const [recipient, setRecipient] = useState(filter.recipientCode ?? '');
  const [memo, setMemo] = useState(filter.memoContains ?? '');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [leftDates, setLeftDates] = useState({ from: false, to: false });
  // A date half typed does not filter yet; a finished one does.
  const usable = (date: string) => (date.trim() === '' || dateProblem(date) !== null ? undefined : date.trim());

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = withoutEmpty({ ...filter, from: usable(from), to: usable(to), recipientCode: recipient.trim(), memoContains: memo.trim() });
      if (JSON.stringify(next) !== JSON.stringify(withoutEmpty(filter))) onChange(next);
    }, typingPause);
    return () => window.clearTimeout(timer);
  }, [from, to, recipient, memo, filter, onChange]);

  const set = (change: Partial<EntryFilter>) => onChange(withoutEmpty({ ...filter, ...change }));
  const active = Object.keys(withoutEmpty(filter)).length > 0 || recipient !== '' || memo !== '' || from !== '' || to !== '';
  const dateError = (date: string, left: boolean) => {
    const problem = left && date.trim() !== '' ? dateProblem(date) : null;
    return problem === null ? null : words.say(problem);
  };

  return (
    <search className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {words.words('ledgerScreen.filters.title')}
      </h2>
      <div className="filter-fields">
        <DateField
          id="filter-from"
          label={words.words('ledgerScreen.filters.from')}
          value={from}
          onChange={setFrom}
          onBlur={() => setLeftDates((left) => ({ ...left, from: true }))}
          error={dateError(from, leftDates.from)}
        />
        <DateField
          id="filter-to"
          label={words.words('ledgerScreen.filters.to')}
          value={to}
          onChange={setTo}
          onBlur={() => setLeftDates((left) => ({ ...left, to: true }))}
          error={dateError(to, leftDates.to)}
        />
        <div className="field">
          <label htmlFor="filter-account">{words.words('ledgerScreen.filters.account')}</label>
          <select id="filter-account" value={filter.accountId ?? ''} onChange={(event) => set({ accountId: event.target.value === '' ? undefined : Number(event.target.value) })}>
            <option value="">{words.words('ledgerScreen.filters.allAccounts')}</option>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-fund">{words.words('ledgerScreen.filters.fund')}</label>
          <select id="filter-fund" value={filter.fundId ?? ''} onChange={(event) => set({ fundId: event.target.value === '' ? undefined : Number(event.target.value) })}>
            <option value="">{words.words('ledgerScreen.filters.allFunds')}</option>
            {funds.map((fund) => (
              <option key={fund.id} value={fund.id}>
                {fund.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{words.words('ledgerScreen.filters.kind')}</label>
          <select id="filter-kind" value={filter.kind ?? ''} onChange={(event) => set({ kind: event.target.value === '' ? undefined : (event.target.value as EntryKind) })}>
            <option value="">{words.words('ledgerScreen.filters.allKinds')}</option>
            {entryKinds.map((kind) => (
              <option key={kind} value={kind}>
                {words.say(entryKindNames[kind])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">{words.words('ledgerScreen.filters.category')}</label>
          <select id="filter-category" value={filter.category ?? ''} onChange={(event) => set({ category: event.target.value })}>
            <option value="">{words.words('ledgerScreen.filters.allCategories')}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {categoryLabel(words, category)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-recipient">{words.words('ledgerScreen.filters.recipient')}</label>
          <input id="filter-recipient" type="text" autoComplete="off" spellCheck={false} value={recipient} onChange={(event) => setRecipient(event.target.value)} />
        </div>
        <div className="field field-grow">
          <label htmlFor="filter-memo">{words.words('ledgerScreen.filters.memo')}</label>
          <input id="filter-memo" type="search" autoComplete="off" value={memo} onChange={(event) => setMemo(event.target.value)} />
        </div>
      </div>
      {active ? (
        <div>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setRecipient('');
              setMemo('');
              setFrom('');
              setTo('');
              setLeftDates({ from: false, to: false });
              onChange({});
              // The button goes with the filters: the first filter takes focus, not the top of the page.
              document.getElementById('filter-from')?.focus();
            }}
          >
            {words.words('ledgerScreen.filters.clear')}
          </button>
        </div>
      ) : null}
    </search>
  );
}
