// A ledger opened straight through the core, with no vault and no Argon2id around it, for tests that
// write thousands of entries through the app's own append path.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { afterEach } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { cipherSettings, closeLedger, openLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { migrate } from '../../../electron/core/ledger/schema/migrate.ts';
import { sqlcipherRawKey } from '../../../electron/core/vault/sqlcipherKey.ts';

/** The security answers of the synthetic accounts tests add: MFA on, nothing tied to a person. */
export const noPersonalTies = { mfa: true, personalPhone: false, personalName: false, personalCard: false };

/** A fresh encrypted ledger under a random key, with nothing in it but what the schema writes; `folder` holds it as `ledger.sqlite`, under `key`. */
export function openEmptyLedger(prefix: string): { db: Ledger; folder: string; key: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const key = randomBytes(32);
  return { db: openLedger(join(folder, 'ledger.sqlite'), key), folder, key };
}

/** A fresh encrypted ledger under a random key, with one synthetic USD account (#1); `folder` holds it as `ledger.sqlite`, under `key`. */
export function openBareLedger(prefix: string): { db: Ledger; folder: string; key: Buffer } {
  const opened = openEmptyLedger(prefix);
  addSettingsAndAccount(opened.db);
  return opened;
}

/**
 * The same, its schema brought only to `version` by the released steps, as a vault of an older release
 * holds it: for the tests of what a later step does to it. Opened again with openLedger, it is brought
 * up to date.
 */
export function openBareLedgerAtSchema(prefix: string, version: number): { db: Ledger; folder: string; key: Buffer } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const key = randomBytes(32);
  const db = new Database(join(folder, 'ledger.sqlite'));
  cipherSettings.forEach((setting) => db.pragma(setting));
  db.key(sqlcipherRawKey(key));
  migrate(db, version);
  addSettingsAndAccount(db);
  return { db, folder, key };
}

function addSettingsAndAccount(db: Ledger): void {
  db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
  db.prepare(
    "INSERT INTO payment_accounts (name, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES ('Credit union', 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')",
  ).run();
}

/** A contribution into account #1 and the general fund; a test changes only what it is about. */
export function contributionContent(changed: Partial<EntryContent>): EntryContent {
  return {
    kind: 'contribution',
    date: '2026-11-01',
    amount: 100,
    sign: 1,
    currency: 'USD',
    accountId: 1,
    toAccountId: null,
    fundId: 1,
    toFundId: null,
    category: 'other',
    recipientCode: null,
    memo: null,
    receiptSha256: null,
    platformTransactionId: null,
    reversesSeq: null,
    recordedAt: '2026-01-01T00:00:00.000Z',
    ...changed,
  };
}

/**
 * For a test file that opens ledgers in its tests: returns an opener (`openBareLedger` or
 * `openEmptyLedger`), and closes and removes every ledger it opened after each test.
 */
export function ledgersClosedAfterEachTest(open: (prefix: string) => { db: Ledger; folder: string }, prefix: string): () => Ledger {
  const opener = openedLedgersClosedAfterEachTest(open, prefix);
  return () => opener().db;
}

/** The same, giving the whole of what `open` returns (its folder and key too). */
export function openedLedgersClosedAfterEachTest<Opened extends { db: Ledger; folder: string }>(open: (prefix: string) => Opened, prefix: string): () => Opened {
  const opened: Opened[] = [];
  afterEach(() => {
    for (const { db, folder } of opened.splice(0)) {
      closeLedger(db);
      rmSync(folder, { recursive: true, force: true });
    }
  });
  return () => {
    const ledger = open(prefix);
    opened.push(ledger);
    return ledger;
  };
}
