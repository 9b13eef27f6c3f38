import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEntry } from '../../../electron/core/ledger/appendEntry.ts';
import { listEntries, summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { closeLedger, openLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';

// The e2e million-entry table stubs the core's list; this is the core's side of it: windows deep in a
// large ledger are the right entries, in the right order, up to the very last.
const count = 30_000;
const seededOn = new Date('2026-12-31T12:00:00Z');
let folder = '';
let db: Ledger;

/** Entry `index` (seq index + 1): several a day over a few years, so dates repeat and the seq breaks ties. */
const dateOf = (index: number) => new Date(Date.UTC(2022, 0, 1 + Math.floor(index / 20))).toISOString().slice(0, 10);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-windows-'));
  db = openLedger(join(folder, 'ledger.sqlite'), randomBytes(32));
  db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
  db.prepare(
    "INSERT INTO payment_accounts (name, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES ('Credit union', 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')",
  ).run();
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      appendEntry(
        db,
        {
          kind: 'contribution',
          date: dateOf(index),
          amount: 100 + index,
          sign: 1,
          currency: 'USD',
          accountId: 1,
          toAccountId: null,
          fundId: 1,
          toFundId: null,
          category: 'other',
          recipientCode: null,
          memo: index % 1000 === 0 ? `thousandth ${index}` : null,
          receiptSha256: null,
          platformTransactionId: null,
          reversesSeq: null,
          recordedAt: '2026-01-01T00:00:00.000Z',
        },
        seededOn,
      );
    }
  })();
}, 300_000);

afterAll(() => {
  closeLedger(db);
  rmSync(folder, { recursive: true, force: true });
});

// Newest first: the highest seq is the newest date, so the window at offset k holds seqs count-k, count-k-1, …
const expectedSeqs = (offset: number, limit: number) =>
  Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, i) => count - offset - i);

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
    expect(summariseEntries(db, filter)).toEqual({ total: 30, totals: [{ currency: 'USD', moneyIn: Array.from({ length: 30 }, (_, i) => 100 + i * 1000).reduce((a, b) => a + b, 0), moneyOut: 0 }] });
    expect(listEntries(db, filter, { offset: 28, limit: 10 }).map((entry) => entry.memo)).toEqual(['thousandth 1000', 'thousandth 0']);
  });
});
