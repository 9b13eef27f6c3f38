import type { EntryFilter } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/**
 * A memo search as the memo index reads it: the search with its ASCII letters in lower case, as one
 * FTS5 phrase; undefined when the index cannot answer it. The index holds each memo's trigrams with
 * its ASCII letters in lower case (schema step 7), so a phrase of three characters or more matches
 * exactly the memos that contain the search in any ASCII case. A shorter search has no trigram, and
 * FTS5 ends a phrase at a NUL character, which no memo holds: those read the memos themselves.
 */
export function memoPhrase(search: string): string | undefined {
  if ([...search].length < 3 || search.includes('\0')) return undefined;
  return `"${foldAscii(search).replaceAll('"', '""')}"`;
}

/** As SQLite's lower(): ASCII letters only, every other character kept as it is. */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** The entries whose memos the phrase finds, at most `limit` of them, read lazily from the index: a cheap question even when thousands match. */
export function memosFound(db: Ledger, phrase: string, limit: number): number[] {
  return db.prepare('SELECT rowid FROM memo_search WHERE memo_search MATCH ? LIMIT ?').pluck().all(phrase, limit) as number[];
}

/** The phrase of a filter that is a memo search the index answers and nothing else; undefined for any other filter. */
export function memoAlonePhrase(filter: EntryFilter): string | undefined {
  const { memoContains, ...rest } = filter;
  const narrowed = Object.values(rest).some((value) => value !== undefined && value !== '');
  return memoContains === undefined || narrowed ? undefined : memoPhrase(memoContains);
}

/** How many memos hold the search, read from the index alone. */
export function memoMatches(db: Ledger, phrase: string): number {
  return db.prepare('SELECT count(*) FROM memo_search WHERE memo_search MATCH ?').pluck().get(phrase) as number;
}
