import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../electron/core/ledger/appendEntry.ts';
import { listEntries, summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { closeLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { contributionContent, openBareLedger } from './bareLedger.ts';

// The e2e million-entry table stubs the core's list; this is the core's side of it: windows deep in a
// large ledger are the right entries, in the right order, up to the very last.
const count = 30_000;
const seededOn = new Date('2026-12-31T12:00:00Z');
let folder = '';
let db: Ledger;

/** Entry `index` (seq index + 1): several a day over a few years, so dates repeat and the seq breaks ties. */
const dateOf = (index: number) => new Date(Date.UTC(2022, 0, 1 + Math.floor(index / 20))).toISOString().slice(0, 10);

beforeAll(() => {
  ({ db, folder } = openBareLedger('mutual-ledger-windows-'));
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      appendEntry(db, contributionContent({ date: dateOf(index), amount: 100 + index, memo: index % 1000 === 0 ? `thousandth ${index}` : null }), seededOn);
    }
  })();
}, 300_000);

afterAll(() => {
  closeLedger(db);
  rmSync(folder, { recursive: true, force: true });
});

// Newest first: the highest seq is the newest date, so the window at offset k holds seqs count-k, count-k-1, …
const expectedSeqs = (offset: number, limit: number) => Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => count - offset - i);

describe(`listing windows of ${count.toLocaleString('en')} entries`, () => {
  it.each([0, 1, 14_999, 29_000, 29_990, 29_999])('the window at offset %i holds the right entries, newest first', (offset) => {
    const window = listEntries(db, {}, { offset, limit: 100 });
    expect(window.map((entry) => entry.seq)).toEqual(expectedSeqs(offset, 100));
    for (const entry of window) {
      expect(entry.date).toBe(dateOf(entry.seq - 1));
      expect(entry.amount).toBe(99 + entry.seq);
    }
  });

  it('the last window ends at entry #1, and past the end there is nothing', () => {
    expect(listEntries(db, {}, { offset: count - 1, limit: 1000 }).map((entry) => entry.seq)).toEqual([1]);
    expect(listEntries(db, {}, { offset: count, limit: 1000 })).toEqual([]);
    expect(listEntries(db, {}, { offset: 10 * count, limit: 1000 })).toEqual([]);
  });

  it('consecutive windows tile the ledger: no entry twice, none left out', () => {
    const seen = new Set<number>();
    for (let offset = 0; offset < count; offset += 1000) {
      for (const entry of listEntries(db, {}, { offset, limit: 1000 })) seen.add(entry.seq);
    }
    expect(seen.size).toBe(count);
  });

  it('a filtered window deep in the ledger, and the count and totals it sits in', () => {
    const filter = { memoContains: 'thousandth' };
    expect(summariseEntries(db, filter)).toEqual({
      total: 30,
      includesShredded: false,
      totals: [{ currency: 'USD', moneyIn: Array.from({ length: 30 }, (_, i) => 100 + i * 1000).reduce((a, b) => a + b, 0), moneyOut: 0, adjusted: 0 }],
    });
    expect(listEntries(db, filter, { offset: 28, limit: 10 }).map((entry) => entry.memo)).toEqual(['thousandth 1000', 'thousandth 0']);
  });
});
