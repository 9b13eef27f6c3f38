import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryFilter, Flow, LedgerRow } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';

/** Rows fetched per call: a few screens' worth, so scrolling rarely waits. */
export const windowSize = 200;
/** Windows kept in memory (6,000 rows); the ones farthest from the view are dropped first. */
const windowsKept = 30;

export interface EntryView {
  /** Which filter (and which refresh) these figures belong to. */
  key: string;
  total: number;
  /** Money in and out over the whole view; null while it is still being added up (a broad memo search). */
  totals: Flow[] | null;
  /** The totals include the money of months whose entries retention shredded. */
  includesShredded: boolean;
  windows: ReadonlyMap<number, LedgerRow[]>;
}

export interface EntryWindows {
  /** The filtered view on screen: null until the first count arrives. */
  view: EntryView | null;
  /** True while a new filter's first rows are on their way (the old ones stay on screen meanwhile). */
  loading: boolean;
  error: TreasuryError | null;
  /** The entry at a position in the filtered view, newest first; null while its window is on its way. */
  entryAt: (index: number) => LedgerRow | null;
  /** Tells the hook which rows are on screen, so their windows are fetched. */
  showRows: (first: number, last: number) => void;
  /** Reads the view again after a change (an entry recorded or reversed), keeping the place. */
  refresh: () => void;
}

function windowsFor(first: number, last: number): number[] {
  const indexes: number[] = [];
  for (let index = Math.floor(Math.max(first, 0) / windowSize); index <= Math.floor(Math.max(last, 0) / windowSize); index += 1) indexes.push(index);
  return indexes;
}

function readWindow(filter: EntryFilter, index: number): Promise<LedgerRow[]> {
  return treasury.ledger.list({ ...filter, offset: index * windowSize, limit: windowSize }).then((result) => result.entries);
}

/**
 * The ledger's filtered entries as a virtual list: the count and totals once per filter, and windows
 * of rows fetched as they come into view and cached, so a million entries cost what the screen shows.
 * A new filter or a refresh swaps in its count and first rows at once, without a flash; its totals
 * follow, since over a memo search matching many entries they take longer than the rows.
 */
export function useEntryWindows(filter: EntryFilter, onLocked: () => void): EntryWindows {
  const [view, setView] = useState<EntryView | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const filterKey = JSON.stringify(filter);
  const key = `${refreshes}:${filterKey}`;
  // Read only in effects and callbacks: what is on screen, and which windows are already on their way.
  const shown = useRef({ first: 0, last: 40 });
  const inFlight = useRef(new Set<string>());
  const lastFilterKey = useRef(filterKey);

  const fail = useCallback(
    (caught: unknown) => {
      const failure = asTreasuryError(caught);
      if (failure.code === 'VAULT_LOCKED') onLocked();
      else setError(failure);
    },
    [onLocked],
  );

  // A new filter (or a refresh): the count and the first rows swapped in together, then the totals.
  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(filterKey) as EntryFilter;
    // A new filter starts at the top; a refresh keeps the rows the person is looking at.
    const sameFilter = lastFilterKey.current === filterKey;
    lastFilterKey.current = filterKey;
    const indexes = sameFilter ? windowsFor(shown.current.first, shown.current.last) : [0];
    const failed = (caught: unknown) => {
      if (current) fail(caught);
    };
    // Asked in this order, so that the core answers the count and the rows before the totals.
    const firstRows = Promise.all([treasury.ledger.count(parsed), ...indexes.map((index) => readWindow(parsed, index))]).then(([counted, ...rows]) => {
      if (!current) return;
      const windows = new Map<number, LedgerRow[]>();
      indexes.forEach((index, position) => windows.set(index, rows[position] ?? []));
      setError(null);
      setView({ key, total: counted.total, totals: null, includesShredded: false, windows });
    });
    const summed = treasury.ledger.summarise(parsed);
    Promise.all([firstRows, summed]).then(([, { totals, includesShredded }]) => {
      if (current) setView((latest) => (latest === null || latest.key !== key ? latest : { ...latest, totals, includesShredded }));
    }, failed);
    return () => {
      current = false;
    };
  }, [key, filterKey, fail]);

  const fetchMissing = useCallback(() => {
    if (view === null || view.key !== key || view.total === 0) return;
    const { first, last } = shown.current;
    const lastIndex = Math.min(last, view.total - 1);
    for (const index of windowsFor(first, lastIndex)) {
      const flightKey = `${key}#${index}`;
      if (view.windows.has(index) || inFlight.current.has(flightKey)) continue;
      inFlight.current.add(flightKey);
      const parsed = JSON.parse(filterKey) as EntryFilter;
      readWindow(parsed, index).then(
        (rows) => {
          inFlight.current.delete(flightKey);
          setView((latest) => {
            if (latest === null || latest.key !== key) return latest;
            const windows = new Map(latest.windows);
            windows.set(index, rows);
            // Keep memory flat however far the person scrolls: drop the windows farthest from this one.
            const extra = [...windows.keys()].sort((a, b) => Math.abs(b - index) - Math.abs(a - index)).slice(0, Math.max(windows.size - windowsKept, 0));
            extra.forEach((far) => windows.delete(far));
            return { ...latest, windows };
          });
        },
        (caught: unknown) => {
          inFlight.current.delete(flightKey);
          fail(caught);
        },
      );
    }
  }, [view, key, filterKey, fail]);

  // Fetch after the view settles for a moment: dragging the scrollbar across a million rows asks only for where it stops.
  const [shownVersion, setShownVersion] = useState(0);
  useEffect(() => {
    const timer = window.setTimeout(fetchMissing, 60);
    return () => window.clearTimeout(timer);
  }, [fetchMissing, shownVersion]);

  const showRows = useCallback((first: number, last: number) => {
    if (shown.current.first === first && shown.current.last === last) return;
    shown.current = { first, last };
    setShownVersion((version) => version + 1);
  }, []);

  const entryAt = useCallback(
    (index: number): LedgerRow | null => {
      if (view === null) return null;
      return view.windows.get(Math.floor(index / windowSize))?.[index % windowSize] ?? null;
    },
    [view],
  );

  const refresh = useCallback(() => setRefreshes((count) => count + 1), []);

  return { view, loading: view === null || view.key !== key, error, entryAt, showRows, refresh };
}
