import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { entryMemoSchema } from '../../../shared/contract/index.ts';
import { countEntries, listEntries, summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { ledgerSchemaVersion } from '../../../electron/core/ledger/schema/migrate.ts';
import { appendFormatOneEntries } from './formatOne.ts';
import { contributionContent, openBareLedger, openBareLedgerAtSchema } from './bareLedger.ts';
import { problemOf } from '../../../shared/messages/inputProblems.ts';
import { say } from '../../../shared/messages/message.ts';

// The memo search goes through an FTS5 trigram index; it must find exactly what a case-insensitive
// "contains" finds (ASCII letters folded, as SQLite's LIKE does), whatever the memo and the search hold.
const { db, folder } = openBareLedger('mutual-ledger-memo-search-');
afterAll(() => {
  closeLedger(db);
  rmSync(folder, { recursive: true, force: true });
});
const now = new Date('2026-11-30T12:00:00Z');
const foldAscii = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

describe('memo search', () => {
  it('finds exactly the memos that contain the search, for any text: wildcards, accents, emoji, bidi and control characters', () => {
    const alphabet = fc.constantFrom('a', 'B', 'c', 'é', 'É', '%', '_', '\\', ' ', '1', '🙂', '\u202e', '\u0007', 'ß', "'", '"', '*', '(');
    const memos = fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 });
    // A memo cannot hold NUL (the contract refuses it); a search may.
    const searchAlphabet = fc.oneof(alphabet, fc.constant('\u0000'));
    fc.assert(
      fc.property(memos, fc.string({ unit: searchAlphabet, minLength: 1, maxLength: 5 }), fc.nat(), (batch, search, pick) => {
        const first =
          appendEntries(
            db,
            batch.map((memo) => ({ content: contributionContent({ memo }) })),
            now,
          )[0] ?? 0;
        // Half the time, search for a piece of a memo just written, so that matches are common.
        const source = batch[pick % batch.length] ?? '';
        const query = pick % 2 === 0 ? [...source].slice(pick % 3, (pick % 3) + 1 + (pick % 4)).join('') || search : search;
        const all = db.prepare('SELECT seq, memo FROM entries WHERE memo IS NOT NULL').all() as Array<{ seq: number; memo: string }>;
        const expected = all.filter(({ memo }) => foldAscii(memo).includes(foldAscii(query))).map(({ seq }) => seq);
        const { total } = summariseEntries(db, { memoContains: query });
        expect(total).toBe(expected.length);
        expect(countEntries(db, { memoContains: query })).toBe(expected.length);
        const found = listEntries(db, { memoContains: query }, { offset: 0, limit: 10_000 }).map((entry) => entry.seq);
        expect(found.sort((x, y) => x - y)).toEqual(expected);
        // A small window deep in the list: walking the dates or reading each match, the same rows (all dated alike: newest number first).
        const offset = pick % 5;
        const window = listEntries(db, { memoContains: query }, { offset, limit: 3 }).map((entry) => entry.seq);
        expect(window).toEqual([...expected].reverse().slice(offset, offset + 3));
        expect(first).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('a memo cannot hold NUL, which SQLite takes for the end of the text', () => {
    const refused = entryMemoSchema.safeParse('rent\u0000 for May');
    expect(refused.success).toBe(false);
    expect(refused.error === undefined ? undefined : problemOf(refused.error)).toEqual(say('input.nulCharacter'));
    expect(entryMemoSchema.safeParse('rent\u0007\u202e for May').success).toBe(true);
  });

  it('answers from the memo index, not by reading every entry: with the index emptied it finds nothing, refilled it finds them again', () => {
    appendEntries(db, [{ content: contributionContent({ memo: 'Rent for household 12' }) }, { content: contributionContent({ memo: 'rent, second half' }) }], now);
    const before = summariseEntries(db, { memoContains: 'RENT' }).total;
    expect(before).toBeGreaterThanOrEqual(2);
    db.prepare("INSERT INTO memo_search (memo_search) VALUES ('delete-all')").run();
    expect(summariseEntries(db, { memoContains: 'RENT' }).total).toBe(0);
    expect(countEntries(db, { memoContains: 'RENT' })).toBe(0);
    db.prepare('INSERT INTO memo_search (rowid, memo) SELECT seq, lower(memo) FROM entries WHERE memo IS NOT NULL').run();
    expect(summariseEntries(db, { memoContains: 'RENT' }).total).toBe(before);
    expect(countEntries(db, { memoContains: 'RENT' })).toBe(before);
  });

  it('a ledger from before schema step 7 (memos indexed as written, read through the entries) is brought over at unlock, and finds exactly as before', () => {
    // Schema 6's memo index, as released: trigrams folded by FTS5 itself, its content the entries.
    const older = openBareLedgerAtSchema('mutual-ledger-memo-index-step-6-', 6);
    const path = join(older.folder, 'ledger.sqlite');
    try {
      appendFormatOneEntries(
        older.db,
        ['Rent for household 12', 'RENT, second half', 'groceries', 'Ñandú rent'].map((memo) => contributionContent({ memo })),
      );
      closeLedger(older.db);
      const reopened = openLedger(path, older.key);
      expect(reopened.pragma('user_version', { simple: true })).toBe(ledgerSchemaVersion);
      expect(countEntries(reopened, { memoContains: 'rEnT' })).toBe(3);
      expect(listEntries(reopened, { memoContains: 'half' }, { offset: 0, limit: 10 }).map((entry) => entry.memo)).toEqual(['RENT, second half']);
      // Written after the change, found the same way.
      appendEntries(reopened, [{ content: contributionContent({ memo: 'rent for household 13' }) }], now);
      expect(summariseEntries(reopened, { memoContains: 'RENT FOR' }).total).toBe(2);
      closeLedger(reopened);
    } finally {
      rmSync(older.folder, { recursive: true, force: true });
    }
  });
});
