import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Entry, LedgerRow } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { formatDay } from '../../../shared/messages/dates.ts';
import { useWords } from '../../language/words.tsx';
import { categoryLabel, entryKindNames } from '../../../shared/messages/ledgerWords.ts';
import { accountText, fundText, signedAmount } from './entryText.ts';
import { FreeText } from '../../components/FreeText.tsx';

/** Every row is this tall, so a row's place is arithmetic and nothing needs measuring. */
const rowHeight = 44;
/**
 * Browsers cannot lay out an element much taller than 33 million pixels. Past this height the scroll
 * area stands for the rows at a scale, and the rows are placed where the scale says they belong.
 */
const maxScrollHeight = 8_000_000;
/** What a cleared entry shows in its narrow column. */
const clearedMark = '✓';

interface Column {
  name: Message;
  number?: boolean;
  /** Shown in place of the name, which screen readers say. */
  mark?: string;
}

/** The column headings; the first, the entry's number, shows as "#"; the cleared marker's as a tick. */
const columns: Column[] = [
  { name: say('ledgerScreen.grid.entryNumber') },
  { name: say('ledgerScreen.grid.date') },
  { name: say('ledgerScreen.grid.kind') },
  { name: say('ledgerScreen.grid.account') },
  { name: say('ledgerScreen.grid.fund') },
  { name: say('ledgerScreen.grid.category') },
  { name: say('ledgerScreen.grid.recipient') },
  { name: say('ledgerScreen.grid.memo') },
  { name: say('ledgerScreen.grid.amount'), number: true },
  { name: say('ledgerScreen.grid.cleared'), mark: clearedMark },
];
/** The running balance, last, when the view has one. */
const balanceColumn: Column = { name: say('ledgerScreen.grid.balance'), number: true };

interface LedgerGridProps {
  id: string;
  /** How many entries the filtered view has. */
  total: number;
  entryAt: (index: number) => LedgerRow | null;
  /** The view is one account or one fund: each row shows its balance after. */
  withBalance: boolean;
  /** Told which rows are on screen, so their windows are fetched. */
  onShowRows: (first: number, last: number) => void;
  /** Opens an entry's details (Enter, or a click). */
  onOpen: (entry: Entry) => void;
  /** Changes with the filter: the grid goes back to its first row. */
  filterKey: string;
  busy: boolean;
  /** The id of the text that explains the keys. */
  describedBy?: string;
}

/**
 * The row of an entry in a ledger grid, if it is on screen, to put focus back on it after its details
 * close: found by the entry's number, since a reversal recorded meanwhile moves it down a row.
 */
export function ledgerRowOf(gridId: string, seq: number): HTMLElement | null | undefined {
  return document.getElementById(gridId)?.querySelector<HTMLElement>(`[data-seq="${seq}"]`);
}

/**
 * The ledger as an ARIA grid over a virtual list: only the rows on screen exist in the page. Arrow
 * keys, Page Up/Down and Home/End move between rows; Enter opens the focused entry.
 */
export function LedgerGrid({ id, total, entryAt, withBalance, onShowRows, onOpen, filterKey, busy, describedBy }: LedgerGridProps) {
  const words = useWords();
  const shownColumns = withBalance ? [...columns, balanceColumn] : columns;
  const bodyRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState({ filterKey, index: 0 });

  const itemSize = total * rowHeight > maxScrollHeight ? maxScrollHeight / total : rowHeight;
  const scaled = itemSize < rowHeight;
  // The virtualizer is a mutable object React Compiler cannot memoise around; this app does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => itemSize,
    overscan: 6,
    initialRect: { width: 0, height: 480 },
  });

  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, itemSize]);

  // A new filter starts at the top.
  useEffect(() => {
    if (bodyRef.current !== null) bodyRef.current.scrollTop = 0;
  }, [filterKey]);

  const viewport = virtualizer.scrollRect?.height ?? 480;
  const rowsInView = viewport / rowHeight;
  const maxScroll = Math.max(total * itemSize - viewport, 0);
  const maxFirst = Math.max(total - rowsInView, 0);
  const firstAt = (top: number) => (scaled && maxScroll > 0 ? (top / maxScroll) * maxFirst : top / rowHeight);
  const scrollTopFor = (first: number) => (scaled && maxFirst > 0 ? (first / maxFirst) * maxScroll : first * rowHeight);
  const top = scaled ? scrollTop : (virtualizer.scrollOffset ?? 0);
  const first = firstAt(top);

  const items = virtualizer.getVirtualItems();
  // Scaled, the virtualizer's range covers more than the screen: keep the rows that are really in view.
  const indexes = scaled
    ? Array.from({ length: Math.ceil(rowsInView) + 7 }, (_, offset) => Math.floor(first) - 3 + offset).filter((index) => index >= 0 && index < total)
    : items.map((item) => item.index);
  const firstShown = indexes[0] ?? 0;
  const lastShown = indexes.at(-1) ?? 0;

  useEffect(() => {
    onShowRows(firstShown, lastShown);
  }, [onShowRows, firstShown, lastShown]);

  const activeIndex = active.filterKey === filterKey ? Math.min(active.index, Math.max(total - 1, 0)) : 0;
  const tabbable = indexes.includes(activeIndex) ? activeIndex : Math.min(Math.max(Math.ceil(first), firstShown), lastShown);

  // After a key moved the active row, focus it as soon as it is on screen.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-row="${pendingFocus.current}"]`);
    if (row) {
      // The grid has already scrolled its rows; only the page may still need to bring the row into view.
      row.focus({ preventScroll: true });
      showInWindow(row);
      pendingFocus.current = null;
    }
  });

  function moveTo(index: number) {
    const body = bodyRef.current;
    if (body === null || total === 0) return;
    const target = Math.min(Math.max(index, 0), total - 1);
    setActive({ filterKey, index: target });
    const shownFirst = firstAt(body.scrollTop);
    let wantedFirst = shownFirst;
    if (target < shownFirst) wantedFirst = target;
    else if (target + 1 > shownFirst + rowsInView) wantedFirst = target + 1 - rowsInView;
    if (wantedFirst !== shownFirst) body.scrollTop = scrollTopFor(wantedFirst);
    pendingFocus.current = target;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(Math.floor(rowsInView) - 1, 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: total - 1,
    };
    if (event.key === 'Enter') {
      const entry = entryAt(activeIndex);
      if (entry !== null) {
        event.preventDefault();
        onOpen(entry);
      }
      return;
    }
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.metaKey) return;
    event.preventDefault();
    moveTo(next);
  }

  const rowTop = (index: number) => (scaled ? top + (index - first) * rowHeight : index * rowHeight);

  return (
    <div
      id={id}
      role="grid"
      className={withBalance ? 'ledger-grid with-balance' : 'ledger-grid'}
      aria-label={words.words('ledgerScreen.grid.label')}
      aria-rowcount={total + 1}
      aria-colcount={shownColumns.length}
      aria-readonly="true"
      aria-describedby={describedBy}
      aria-busy={busy}
      // Focus lives on the rows (one of them is in the tab order); the grid itself is only focusable by script.
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="ledger-head">
        <div role="row" aria-rowindex={1} className="ledger-row">
          {shownColumns.map((column, index) => (
            <div
              key={column.name.key}
              role="columnheader"
              aria-colindex={index + 1}
              className={column.number === true ? 'number' : column.mark === undefined ? undefined : 'cleared'}
              title={column.mark === undefined ? undefined : words.say(column.name)}
            >
              {index === 0 ? <span aria-label={words.say(column.name)}>#</span> : column.mark === undefined ? words.say(column.name) : <Mark mark={column.mark} name={words.say(column.name)} />}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={bodyRef}
        className="ledger-body"
        // As tall as the rows, up to the height the stylesheet allows; then it scrolls.
        style={{ height: total * rowHeight }}
        onScroll={scaled ? (event) => setScrollTop(event.currentTarget.scrollTop) : undefined}
      >
        <div role="none" className="ledger-sizer" style={{ height: Math.min(virtualizer.getTotalSize(), total * itemSize) }}>
          {indexes.map((index) => (
            <EntryRow
              key={index}
              index={index}
              entry={entryAt(index)}
              top={rowTop(index)}
              tabbable={index === tabbable}
              withBalance={withBalance}
              onFocus={() => {
                if (index !== activeIndex) setActive({ filterKey, index });
              }}
              onOpen={onOpen}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

/** Scrolls the page (not the grid) just enough for a row to be seen whole. */
function showInWindow(row: HTMLElement): void {
  const { top, bottom } = row.getBoundingClientRect();
  const margin = 8;
  if (bottom > window.innerHeight - margin) window.scrollBy({ top: bottom - window.innerHeight + margin });
  else if (top < margin) window.scrollBy({ top: top - margin });
}

/** A mark the eye reads (a tick), with the word a screen reader says in its place. */
function Mark({ mark, name }: { mark: string; name: string }) {
  return (
    <>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}

interface EntryRowProps {
  index: number;
  entry: LedgerRow | null;
  withBalance: boolean;
  top: number;
  tabbable: boolean;
  onFocus: () => void;
  onOpen: (entry: Entry) => void;
}

function EntryRow({ index, entry, withBalance, top, tabbable, onFocus, onOpen }: EntryRowProps) {
  const words = useWords();
  const common = {
    'aria-rowindex': index + 2,
    'data-row': index,
    onFocus,
    style: { transform: `translateY(${top}px)` },
  } as const;
  if (entry === null) {
    return (
      <div {...common} role="row" tabIndex={tabbable ? 0 : -1} className="ledger-row loading-row">
        <div role="gridcell" aria-colindex={1}>
          …
        </div>
        <div role="gridcell" aria-colindex={2}>
          {words.words('ledgerScreen.grid.loading')}
        </div>
      </div>
    );
  }
  const amount = signedAmount(words, entry);
  const classes = ['ledger-row', entry.reversedBySeq !== null ? 'reversed' : '', entry.reversesSeq !== null ? 'reversal' : ''].filter(Boolean).join(' ');
  return (
    // The row is the grid's focus stop: the keys above move between rows, and a click opens the entry as Enter does.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div {...common} data-seq={entry.seq} role="row" tabIndex={tabbable ? 0 : -1} className={classes} onClick={() => onOpen(entry)}>
      <div role="gridcell" aria-colindex={1} className="seq">
        {entry.seq}
      </div>
      <div role="gridcell" aria-colindex={2}>
        {formatDay(entry.date, words.language)}
      </div>
      <div role="gridcell" aria-colindex={3} className="kind">
        {words.say(entryKindNames[entry.kind])}
        {entry.reversesSeq !== null ? <span className="tag tag-quiet">{words.words('ledgerScreen.tag.correction')}</span> : null}
        {entry.reversedBySeq !== null ? <span className="tag tag-quiet">{words.words('ledgerScreen.tag.reversed')}</span> : null}
      </div>
      <div role="gridcell" aria-colindex={4}>
        {accountText(entry)}
      </div>
      <div role="gridcell" aria-colindex={5}>
        {fundText(entry)}
      </div>
      <div role="gridcell" aria-colindex={6}>
        {entry.category === null ? '' : categoryLabel(words, entry.category)}
      </div>
      <div role="gridcell" aria-colindex={7} className="code">
        {entry.recipientCode ?? ''}
      </div>
      <div role="gridcell" aria-colindex={8} className="memo">
        {entry.memo === null ? '' : <FreeText text={entry.memo} />}
        {entry.hasReceipt ? <span className="tag tag-quiet">{words.words('ledgerScreen.tag.receipt')}</span> : null}
      </div>
      <div role="gridcell" aria-colindex={9} className={`number amount-${amount.direction}`}>
        {amount.text}
      </div>
      <div role="gridcell" aria-colindex={10} className="cleared">
        {entry.cleared ? <Mark mark={clearedMark} name={words.words('ledgerScreen.grid.cleared')} /> : null}
      </div>
      {withBalance ? (
        <div role="gridcell" aria-colindex={11} className="number balance">
          {entry.balanceAfter === null ? '' : words.money(entry.balanceAfter, entry.currency)}
        </div>
      ) : null}
    </div>
  );
}
