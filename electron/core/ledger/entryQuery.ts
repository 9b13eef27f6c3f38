import type { Entry, EntryFilter, Flow, LedgerRow } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { entrySelect, toEntry, type EntryRow } from './entryRows.ts';
import { conditions } from './sqlConditions.ts';
import { categoryIs } from './categoryNames.ts';
import { memoAlonePhrase, memoMatches, memosFound, memoPhrase } from './memoIndex.ts';
import { entryPostings, flowSums } from './moneyFlow.ts';
import { eitherSideOn, isOneHolder, payingSideOn, receivingSideIndexed } from './holderSides.ts';
import { withRunningBalance } from './runningBalance.ts';
import { followsOneBalance } from '../../../shared/runningBalance.ts';
import { addFlows, answeredByMonths, monthFigures, rangeParts, type MonthFigures } from './filterMonths.ts';

/** One entry by its number; NOT_FOUND if there is none (or retention shredded it, which the reason says). */
export function findEntry(db: Ledger, seq: number): Entry {
  const row = db.prepare(`${entrySelect} WHERE e.seq = ?`).get(seq) as EntryRow | undefined;
  if (row === undefined) {
    const shredded = db.prepare('SELECT 1 FROM entry_stubs WHERE seq = ?').get(seq) !== undefined;
    throw new TreasuryError('NOT_FOUND', shredded ? say('ledger.entryShredded', { seq }) : say('ledger.entryNotFound', { seq }));
  }
  return toEntry(row);
}

/**
 * How a memo search is joined to the entries. `lookup`: each entry the memo index finds is read by
 * its number. `these`: the same, with the entries the index found already in hand. `walk`: the
 * entries are read in date order from their index, and each number is checked against those the
 * memo index finds (cheap when many match and only the newest are wanted).
 */
type MemoJoin = { by: 'lookup' } | { by: 'these'; seqs: number[] } | { by: 'walk' };

/**
 * The WHERE clause and its parameters for a filter, over the entries table aliased `e`. An account or
 * fund filter matches the entries it pays from and those it receives (see holderSides.ts); `side` keeps only one.
 */
function whereClause(filter: EntryFilter, side: 'either' | 'paying' | 'receiving' = 'either', memoJoin: MemoJoin = { by: 'lookup' }): { sql: string; params: Array<string | number> } {
  const where = conditions();
  const add = where.add.bind(where);
  if (filter.from !== undefined) add('e.entry_date >= ?', filter.from);
  if (filter.to !== undefined) add('e.entry_date <= ?', filter.to);
  if (isOneHolder(filter)) add(side === 'either' ? eitherSideOn(filter) : side === 'paying' ? payingSideOn(filter) : receivingSideIndexed(filter));
  if (filter.category !== undefined && filter.category !== '') add(...categoryIs('e.category', filter.category));
  if (filter.kind !== undefined) add('e.kind = ?', filter.kind);
  if (filter.recipientCode !== undefined && filter.recipientCode !== '') add('e.recipient_code = ?', filter.recipientCode);
  if (filter.memoContains !== undefined && filter.memoContains !== '') {
    // A search the memo index answers is looked up there alone (see memoIndex.ts); any other reads
    // the memos, ASCII letters in any case (as LIKE would, but with no wildcards).
    const phrase = memoPhrase(filter.memoContains);
    if (phrase === undefined) add('instr(lower(e.memo), lower(?)) > 0', filter.memoContains);
    else if (memoJoin.by === 'these') add('e.seq IN (SELECT value FROM json_each(?))', JSON.stringify(memoJoin.seqs));
    // The unary + keeps SQLite from reading the entries by number, so that it walks the date index.
    else add(`${memoJoin.by === 'walk' ? '+' : ''}e.seq IN (SELECT rowid FROM memo_search WHERE memo_search MATCH ?)`, phrase);
  }
  return { sql: where.sql, params: where.params };
}

/** Reading one entry's row costs about what stepping over this many rows of the date index does (measured at a million entries). */
const rowReadInIndexSteps = 75;

/**
 * The cheaper way to find a window of a memo search. Reading each match to sort it by date costs in
 * proportion to the matches; walking the dates from the newest until the window is filled costs about
 * as many steps as the ledger holds entries for each match wanted. Walking wins from about
 * √(wanted × entries ÷ rowReadInIndexSteps) matches on, so the index is asked for no more than that.
 */
function memoJoinFor(db: Ledger, filter: EntryFilter, wanted: number): MemoJoin {
  const phrase = memoPhrase(filter.memoContains ?? '');
  if (phrase === undefined) return { by: 'lookup' };
  const entries = db.prepare('SELECT COALESCE(MAX(seq), 0) FROM entries').pluck().get() as number;
  const worthWalking = Math.ceil(Math.sqrt((wanted * entries) / rowReadInIndexSteps));
  const seqs = memosFound(db, phrase, worthWalking);
  return seqs.length < worthWalking ? { by: 'these', seqs } : { by: 'walk' };
}

const newestFirst = 'ORDER BY e.entry_date DESC, e.seq DESC';

/** Windows that start this deep go by the monthly totals to the month they start in; shallower ones just skip rows. */
const deepWindow = 2_000;

/** Where a window's rows are looked for: up to a day, skipping that many rows from it, and back to a day. */
interface WindowBounds {
  to?: string | undefined;
  skip: number;
  from?: string | undefined;
}

/**
 * A window of the filtered entries, newest first. The window's entry numbers are found first, on the
 * indexes alone, and only those rows are joined. When the monthly totals can answer the filter (see
 * filterMonths.ts), they bound the window to the months that hold it: a deep window starts from the
 * month it falls in instead of skipping a million rows, and a filter few entries match is not looked
 * for month after month where the totals say there is none.
 */
export function listEntries(db: Ledger, filter: EntryFilter, window: { offset: number; limit: number }): LedgerRow[] {
  const bounds = answeredByMonths(filter) ? windowBounds(db, filter, window) : { to: filter.to, skip: window.offset, from: filter.from };
  if (bounds === undefined) return [];
  const seqs = windowSeqs(db, { ...filter, to: bounds.to, from: bounds.from }, window.limit, bounds.skip);
  if (seqs.length === 0) return [];
  const entries = (db.prepare(`${entrySelect} WHERE e.seq IN (SELECT value FROM json_each(?)) ${newestFirst}`).all(JSON.stringify(seqs)) as EntryRow[]).map(toEntry);
  const rows = followsOneBalance(filter) ? withRunningBalance(db, filter, entries) : entries.map((entry) => ({ ...entry, balanceAfter: null }));
  const cleared = clearedAmong(db, filter, seqs);
  return rows.map((row) => ({ ...row, cleared: cleared.has(row.seq) }));
}

/**
 * Which of a window's entries a reconciliation cleared (see ledgerRowSchema's `cleared`): on the
 * view's account when it follows one, else on every account the entry moves. One look-up in the
 * cleared entries' (account, entry) index per entry and account, so a window costs the same anywhere.
 */
function clearedAmong(db: Ledger, filter: EntryFilter, seqs: number[]): Set<number> {
  const window = JSON.stringify(seqs);
  const found =
    filter.accountId !== undefined
      ? db.prepare('SELECT c.seq FROM reconciliation_cleared c WHERE c.account_id = ? AND c.seq IN (SELECT value FROM json_each(?))').pluck().all(filter.accountId, window)
      : db
          .prepare(
            `SELECT e.seq FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?))
               AND EXISTS (SELECT 1 FROM reconciliation_cleared c WHERE c.account_id = e.account_id AND c.seq = e.seq)
               AND (e.to_account_id IS NULL OR EXISTS (SELECT 1 FROM reconciliation_cleared c WHERE c.account_id = e.to_account_id AND c.seq = e.seq))`,
          )
          .pluck()
          .all(window);
  return new Set(found as number[]);
}

/**
 * The entry numbers of a window. One account's or fund's entries are those it pays from and those it
 * receives, each side read in date order from its own index and merged, never all sorted afresh.
 */
function windowSeqs(db: Ledger, filter: EntryFilter, limit: number, skip: number): number[] {
  if (!isOneHolder(filter)) {
    const where = whereClause(filter, 'either', memoJoinFor(db, filter, skip + limit));
    return db
      .prepare(`SELECT e.seq FROM entries e ${where.sql} ${newestFirst} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...where.params, limit, skip) as number[];
  }
  const paying = whereClause(filter, 'paying');
  const receiving = whereClause(filter, 'receiving');
  const rows = db
    .prepare(`SELECT e.entry_date, e.seq FROM entries e ${paying.sql} UNION SELECT e.entry_date, e.seq FROM entries e ${receiving.sql} ORDER BY 1 DESC, 2 DESC LIMIT ? OFFSET ?`)
    .raw()
    .all(...paying.params, ...receiving.params, limit, skip) as Array<[string, number]>;
  return rows.map(([, seq]) => seq);
}

/** A part of the filter's range, newest first, with how many entries it holds when known. */
interface Piece {
  from: string | undefined;
  to: string | undefined;
  entries: number | undefined;
}

/**
 * The window's bounds from the monthly totals; undefined when it lies past the last entry. The days at
 * the range's ends are counted from the entries only for a deep window: elsewhere they count as
 * empty, which can only move the lower bound further back, never past a row of the window.
 */
function windowBounds(db: Ledger, filter: EntryFilter, window: { offset: number; limit: number }): WindowBounds | undefined {
  const deep = window.offset >= deepWindow;
  const pieces = rangeParts(filter.from, filter.to)
    .reverse()
    .flatMap((part): Piece[] =>
      'days' in part
        ? [{ ...part.days, entries: deep ? summariseByEntries(db, { ...filter, ...part.days }).total : undefined }]
        : entriesPerMonth(monthFigures(db, filter, part.months)).map(({ month, entries }) => ({ from: `${month}-01`, to: `${month}-31`, entries })),
    );
  let bounds: WindowBounds = { to: filter.to, skip: window.offset, from: filter.from };
  let newer = 0;
  let started = !deep;
  for (const piece of pieces) {
    const entries = piece.entries ?? 0;
    if (!started && window.offset < newer + entries) {
      bounds = { ...bounds, to: piece.to, skip: window.offset - newer };
      started = true;
    }
    newer += entries;
    if (newer >= window.offset + window.limit) return { ...bounds, from: piece.from };
  }
  // Every piece counted, and the window starts past them all.
  if (pieces.every((piece) => piece.entries !== undefined) && newer <= window.offset) return undefined;
  return bounds;
}

/** Entries per month, newest month first, over all currencies. */
function entriesPerMonth(figures: MonthFigures[]): Array<{ month: string; entries: number }> {
  const months = new Map<string, number>();
  for (const figure of figures) months.set(figure.month, (months.get(figure.month) ?? 0) + figure.entries);
  return [...months].map(([month, entries]) => ({ month, entries })).reverse();
}

/**
 * How many entries match a filter, and the money in and out over all of them: from the monthly totals
 * for whole months when the filter allows (see filterMonths.ts), from the entries otherwise.
 */
/** How many entries a filter matches, their money in and out, and whether that money includes months whose entries retention shredded. */
export interface Summary {
  total: number;
  totals: Flow[];
  includesShredded: boolean;
}

export function summariseEntries(db: Ledger, filter: EntryFilter): Summary {
  if (!answeredByMonths(filter)) return summariseByEntries(db, filter);
  const parts = rangeParts(filter.from, filter.to).map((part) => ('days' in part ? summariseByEntries(db, { ...filter, ...part.days }) : fromMonths(monthFigures(db, filter, part.months))));
  return {
    total: parts.reduce((sum, part) => sum + part.total, 0),
    totals: addFlows(parts.flatMap((part) => part.totals)),
    includesShredded: parts.some((part) => part.includesShredded),
  };
}

function fromMonths(figures: MonthFigures[]): Summary {
  return {
    total: figures.reduce((sum, figure) => sum + figure.entries, 0),
    totals: addFlows(figures.map(({ currency, moneyIn, moneyOut, adjusted }) => ({ currency, moneyIn, moneyOut, adjusted }))),
    includesShredded: figures.some((figure) => figure.sealed === 1),
  };
}

/**
 * How many entries match a filter: for a memo search alone, from the memo index without reading an
 * entry, so that a list can be drawn at once while its totals are still being added up.
 */
export function countEntries(db: Ledger, filter: EntryFilter): number {
  const memoAlone = memoAlonePhrase(filter);
  if (memoAlone !== undefined) return memoMatches(db, memoAlone);
  if (answeredByMonths(filter)) return summariseEntries(db, filter).total;
  const where = whereClause(filter);
  return db
    .prepare(`SELECT count(*) FROM entries e ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
}

/** The same count and totals read from the entries themselves, in one pass: for memo and recipient filters, and the days at a range's ends. */
export function summariseByEntries(db: Ledger, filter: EntryFilter): Summary {
  const where = whereClause(filter);
  const rows = db
    .prepare(
      `SELECT e.currency AS currency, count(*) AS entries, ${flowSums(entryPostings(filter), isOneHolder(filter) ? 'one-holder' : 'group')} FROM entries e ${where.sql} GROUP BY e.currency ORDER BY e.currency`,
    )
    .all(...where.params) as Array<Flow & { entries: number }>;
  // Read from the entries left: shredded ones are in none of these figures.
  return {
    total: rows.reduce((sum, row) => sum + row.entries, 0),
    totals: rows.map(({ currency, moneyIn, moneyOut, adjusted }) => ({ currency, moneyIn, moneyOut, adjusted })),
    includesShredded: false,
  };
}
