import type { Entry, EntryFilter, Flow } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { entrySelect, toEntry, type EntryRow } from './entryRows.ts';

/** One entry by its number; NOT_FOUND if there is none. */
export function findEntry(db: Ledger, seq: number): Entry {
  const row = db.prepare(`${entrySelect} WHERE e.seq = ?`).get(seq) as EntryRow | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', `There is no entry #${seq}.`);
  return toEntry(row);
}

/** The WHERE clause and its parameters for a filter, over the entries table aliased `e`. */
function whereClause(filter: EntryFilter): { sql: string; params: Array<string | number> } {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  const add = (clause: string, ...values: Array<string | number>) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.from !== undefined) add('e.entry_date >= ?', filter.from);
  if (filter.to !== undefined) add('e.entry_date <= ?', filter.to);
  if (filter.accountId !== undefined) add('(e.account_id = ? OR e.to_account_id = ?)', filter.accountId, filter.accountId);
  if (filter.category !== undefined && filter.category !== '') add('e.category = ?', filter.category);
  if (filter.kind !== undefined) add('e.kind = ?', filter.kind);
  if (filter.recipientCode !== undefined && filter.recipientCode !== '') add('e.recipient_code = ?', filter.recipientCode);
  if (filter.memoContains !== undefined && filter.memoContains !== '') {
    // A search of three characters or more is looked up in the memo index (trigrams, as one phrase);
    // instr then keeps exactly the memos that contain it, ASCII letters in any case (as LIKE would,
    // but with no wildcards, and reading past a NUL). FTS5's query parser ends a string at a NUL
    // character, which no memo holds: such a search goes by instr alone, and finds nothing.
    if ([...filter.memoContains].length >= 3 && !filter.memoContains.includes('\0')) add('e.seq IN (SELECT rowid FROM memo_search WHERE memo_search MATCH ?)', `"${filter.memoContains.replaceAll('"', '""')}"`);
    add('instr(lower(e.memo), lower(?)) > 0', filter.memoContains);
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

const newestFirst = 'ORDER BY e.entry_date DESC, e.seq DESC';

/**
 * A window of the filtered entries, newest first. The window's entry numbers are found first, on the
 * date index alone, and only those rows are joined: a window deep in a million entries stays cheap.
 */
export function listEntries(db: Ledger, filter: EntryFilter, window: { offset: number; limit: number }): Entry[] {
  const where = whereClause(filter);
  const seqs = db.prepare(`SELECT e.seq FROM entries e ${where.sql} ${newestFirst} LIMIT ? OFFSET ?`).pluck().all(...where.params, window.limit, window.offset) as number[];
  if (seqs.length === 0) return [];
  return (db.prepare(`${entrySelect} WHERE e.seq IN (SELECT value FROM json_each(?)) ${newestFirst}`).all(JSON.stringify(seqs)) as EntryRow[]).map(toEntry);
}

/** How many entries match a filter, and the money in and out over all of them. */
export function summariseEntries(db: Ledger, filter: EntryFilter): { total: number; totals: Flow[] } {
  const where = whereClause(filter);
  const total = (db.prepare(`SELECT count(*) AS total FROM entries e ${where.sql}`).get(...where.params) as { total: number }).total;
  return { total, totals: filteredTotals(db, filter, where) };
}

/**
 * Money in and out over the filtered entries. Filtered to one account, a transfer counts on the side
 * that account is on; otherwise transfers are the group's money moving about and count neither way.
 */
function filteredTotals(db: Ledger, filter: EntryFilter, where: { sql: string; params: Array<string | number> }): Flow[] {
  const effect =
    filter.accountId === undefined
      ? `CASE WHEN e.kind = 'transfer' THEN 0 ELSE e.sign * e.amount * (CASE WHEN e.kind IN ('contribution', 'adjustment') THEN 1 ELSE -1 END) END`
      : `(CASE WHEN e.account_id = ${filter.accountId} THEN e.sign * e.amount * (CASE WHEN e.kind IN ('contribution', 'adjustment') THEN 1 ELSE -1 END) ELSE 0 END)
         + (CASE WHEN e.kind = 'transfer' AND e.to_account_id = ${filter.accountId} THEN e.sign * e.amount ELSE 0 END)`;
  return db
    .prepare(
      `SELECT currency, COALESCE(SUM(CASE WHEN effect > 0 THEN effect END), 0) AS moneyIn, COALESCE(-SUM(CASE WHEN effect < 0 THEN effect END), 0) AS moneyOut
         FROM (SELECT e.currency, ${effect} AS effect FROM entries e ${where.sql})
        GROUP BY currency ORDER BY currency`,
    )
    .all(...where.params) as Flow[];
}
