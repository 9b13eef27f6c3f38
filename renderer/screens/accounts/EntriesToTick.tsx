import { useEffect, useRef } from 'react';
import type { UnclearedEntry } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { entryKindNames } from '../../../shared/messages/ledgerWords.ts';
import { day } from '../../../shared/messages/message.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';

/** Entries shown at a time: a statement a year long can hold thousands; the rest are a page away. */
const entriesPerPage = 50;

interface EntriesToTickProps {
  entries: readonly UnclearedEntry[];
  currency: string;
  date: string;
  ticked: ReadonlySet<number>;
  onTicked: (ticked: ReadonlySet<number>) => void;
  page: number;
  onPage: (page: number) => void;
}

/** The entries to tick, a page at a time, each with its tick box (Space toggles it), and one box that ticks them all. */
export function EntriesToTick({ entries, currency, date, ticked, onTicked, page, onPage }: EntriesToTickProps) {
  const words = useWords();
  const tickAll = useRef<HTMLInputElement>(null);
  const allTicked = entries.length > 0 && ticked.size === entries.length;
  useEffect(() => {
    // Some ticked, not all: the box says so, as a mixed state.
    if (tickAll.current !== null) tickAll.current.indeterminate = ticked.size > 0 && !allTicked;
  }, [ticked, allTicked]);
  if (entries.length === 0) return <p>{words.words('accountsScreen.reconcile.noEntries', { date: day(date) })}</p>;
  const pages = Math.ceil(entries.length / entriesPerPage);
  const shown = entries.slice(page * entriesPerPage, (page + 1) * entriesPerPage);
  const toggle = (seq: number, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(seq);
    else next.delete(seq);
    onTicked(next);
  };
  return (
    <>
      <h4 id="reconcile-entries-title">{words.words('accountsScreen.reconcile.entriesToTick', { count: entries.length, ticked: ticked.size, date: day(date) })}</h4>
      <label className="checkbox">
        <input ref={tickAll} type="checkbox" checked={allTicked} onChange={(event) => onTicked(new Set(event.target.checked ? entries.map((entry) => entry.seq) : []))} />
        {words.words('accountsScreen.reconcile.tickAll', { count: entries.length })}
      </label>
      <table className="data-table compact" aria-labelledby="reconcile-entries-title">
        <thead>
          <tr>
            <th scope="col">{words.words('accountsScreen.reconcile.onStatement')}</th>
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
          {shown.map((entry) => (
            <tr key={entry.seq}>
              <td>
                <input
                  type="checkbox"
                  checked={ticked.has(entry.seq)}
                  onChange={(event) => toggle(entry.seq, event.target.checked)}
                  aria-label={words.words('accountsScreen.reconcile.tickEntry', { seq: entry.seq })}
                />
              </td>
              <td>{entry.seq}</td>
              <td>{formatDay(entry.date, words.language)}</td>
              <td>{words.say(entryKindNames[entry.kind])}</td>
              <td>{entry.memo === null ? '' : <FreeText text={entry.memo} />}</td>
              <td className={`number amount-${entry.effect >= 0 ? 'in' : 'out'}`}>
                {entry.effect >= 0 ? '+' : '−'}
                {words.money(Math.abs(entry.effect), currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="actions" aria-label={words.words('accountsScreen.reconcile.pages')}>
          <button type="button" aria-disabled={page === 0} onClick={() => page > 0 && onPage(page - 1)}>
            {words.words('accountsScreen.reconcile.previousPage')}
          </button>
          <span aria-live="polite">{words.words('accountsScreen.reconcile.page', { from: page * entriesPerPage + 1, to: page * entriesPerPage + shown.length, count: entries.length })}</span>
          <button type="button" aria-disabled={page === pages - 1} onClick={() => page < pages - 1 && onPage(page + 1)}>
            {words.words('accountsScreen.reconcile.nextPage')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
