import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { isoDate, type ImportPreview, type PreviewRow } from '../../../shared/contract/index.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';
import { isFlagged, outcomeNames } from './importWords.ts';
import { PlannedEntries } from './PlannedEntries.tsx';

/** Up to this many rows the table is whole; past it only the rows in view are in the page. */
export const rowsShownWhole = 300;
/** A row's height before it is measured: one entry with its category and code. */
const estimatedRowHeight = 110;

interface PreviewTableProps {
  preview: ImportPreview;
  /** The rows shown (the filter's). */
  rows: PreviewRow[];
  /** Lines the treasurer chose to book although they look like something already in the ledger. */
  bookAnyway: readonly number[];
  onBookAnyway: (line: number, book: boolean) => void;
  accountNames: ReadonlyMap<number, string>;
  labelledBy: string;
}

/**
 * The statement row by row: its line, date and amount, what becomes of it and why, and the entries it
 * becomes. A row that only looks like one already in the ledger has a box to book it all the same. A
 * long statement is virtual: a frame of its own scrolls, with only the rows in view in the page.
 */
export function PreviewTable({ preview, rows, bookAnyway, onBookAnyway, accountNames, labelledBy }: PreviewTableProps) {
  const words = useWords();
  const frame = useRef<HTMLDivElement>(null);
  const virtual = rows.length > rowsShownWhole;
  // The virtualizer is a mutable object React Compiler cannot memoise around; this app does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => frame.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 8,
    initialRect: { width: 0, height: 600 },
    getItemKey: (index) => rows[index]?.line ?? index,
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const shown = items === null ? rows.map((row, index) => ({ row, index })) : items.flatMap((item) => (rows[item.index] === undefined ? [] : [{ row: rows[item.index]!, index: item.index }]));
  const above = items?.[0]?.start ?? 0;
  const below = items === null ? 0 : virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={frame}
      className={virtual ? 'table-frame import-rows-frame import-rows-virtual' : 'table-frame import-rows-frame'}
      // A frame that scrolls is a stop of its own, so the rows can be scrolled from the keyboard.
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-labelledby={virtual ? labelledBy : undefined}
      onKeyDown={
        virtual
          ? (event) => {
              // Rows not measured yet are only estimated, so the browser's own End stops short of the last row; the virtualizer goes on until it is there.
              if (event.target !== event.currentTarget || (event.key !== 'Home' && event.key !== 'End')) return;
              event.preventDefault();
              virtualizer.scrollToIndex(event.key === 'Home' ? 0 : rows.length - 1, { align: event.key === 'Home' ? 'start' : 'end' });
            }
          : undefined
      }
    >
      <table className="data-table import-rows" aria-labelledby={labelledBy} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="number">
              {words.words('importScreen.table.line')}
            </th>
            <th scope="col">{words.words('importScreen.table.date')}</th>
            <th scope="col" className="number">
              {words.words('importScreen.table.amount')}
            </th>
            <th scope="col">{words.words('importScreen.table.outcome')}</th>
            <th scope="col">{words.words('importScreen.table.becomes')}</th>
            <th scope="col" className="import-why">
              {words.words('importScreen.table.why')}
            </th>
          </tr>
        </thead>
        <tbody>
          {above > 0 ? <tr className="import-spacer" aria-hidden="true" style={{ height: above }} /> : null}
          {shown.map(({ row, index }) => (
            <tr key={row.line} ref={virtual ? virtualizer.measureElement : undefined} data-index={index} aria-rowindex={index + 2} className={`import-row import-row-${row.outcome}`}>
              <th scope="row" className="number">
                {row.line}
              </th>
              <td className="import-date">
                {isoDate.safeParse(row.date).success ? formatDay(row.date, words.language) : <FreeText text={row.date} />}
                {row.afterFreeze ? <span className="tag tag-restricted">{words.words('importScreen.table.afterFreeze')}</span> : null}
              </td>
              <td className="number">
                {row.outcome === 'problem' && row.amount === 0 ? null : (
                  <span className={row.amount < 0 ? 'amount-out' : 'amount-in'}>{signed(words.money(Math.abs(row.amount), preview.currency), row.amount)}</span>
                )}
                {row.fee === 0 ? null : <span className="cell-detail">{words.words('importScreen.table.fee', { fee: words.money(Math.abs(row.fee), preview.currency) })}</span>}
              </td>
              <td className="import-outcome">
                <span className={`import-outcome-name outcome-${row.outcome}`}>{words.say(outcomeNames[row.outcome])}</span>
                {/* In a narrow window the reason moves here from its own column (one of the two is always display: none, so it is heard once). */}
                {row.reason === null ? null : <span className="cell-detail import-why-inline">{words.say(row.reason)}</span>}
                {isFlagged(row.outcome) || bookAnyway.includes(row.line) ? (
                  <label className="checkbox import-book-anyway">
                    <input type="checkbox" checked={bookAnyway.includes(row.line)} onChange={(event) => onBookAnyway(row.line, event.target.checked)} />
                    <span>
                      {words.words('importScreen.table.bookAnyway')} <span className="visually-hidden">{words.words('importScreen.table.bookAnywayLine', { line: row.line })}</span>
                    </span>
                  </label>
                ) : null}
              </td>
              <td>
                <PlannedEntries entries={row.entries} accountId={preview.accountId} currency={preview.currency} accountNames={accountNames} ruleApplied={row.ruleApplied} />
              </td>
              <td className="import-why">{row.reason === null ? null : words.say(row.reason)}</td>
            </tr>
          ))}
          {below > 0 ? <tr className="import-spacer" aria-hidden="true" style={{ height: below }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

/** An amount with its sign, as it moved the account: "+$25.00", "−$40.00". */
function signed(money: string, minor: number): string {
  return minor < 0 ? `−${money}` : `+${money}`;
}
