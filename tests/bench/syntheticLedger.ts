// The synthetic ledger the bench measures: entries over eight accounts and five years, made up from
// their number alone, so every run (and its baselines) works on the same data. No real names or numbers.
import Database from 'better-sqlite3-multiple-ciphers';
import { entryRowValues, insertEntryRows } from '../../electron/core/ledger/schema/entryRow.ts';
import type { EntryContent } from '../../electron/core/ledger/entryHash.ts';
import type { Ledger } from '../../electron/core/vault/ledgerDatabase.ts';
import { migrate } from '../../electron/core/ledger/schema/migrate.ts';
import { unhashed } from '../core/ledger/unhashed.ts';

export const accountNames = ['Credit union', 'Venmo', 'Cash box', 'PayPal', 'Cash App', 'Zelle', 'Prepaid card', 'Bank'];
const days = 5 * 365 + 1;
const words = ['rent', 'groceries', 'bus pass', 'bail', 'pharmacy', 'utilities', 'school', 'repair', 'diapers', 'phone'];

/** Entry number `index` (from 0) of a synthetic ledger of `total` entries, spread evenly over five years. */
export function syntheticEntry(index: number, total: number): EntryContent {
  const kind = index % 4 === 0 ? 'contribution' : index % 17 === 0 ? 'fee' : 'disbursement';
  return {
    kind,
    date: new Date(Date.UTC(2022, 0, 1 + Math.min(days - 1, Math.floor((index / total) * days) + (index % 3)))).toISOString().slice(0, 10),
    amount: kind === 'contribution' ? 5_000 + (index % 20_000) : 100 + (index % 1_000),
    sign: 1,
    currency: 'USD',
    accountId: 1 + (index % accountNames.length),
    toAccountId: null,
    fundId: 1,
    toFundId: null,
    category: ['bail', 'rent', 'food', 'medical'][index % 4] ?? 'other',
    recipientCode: kind === 'disbursement' ? `R-${(index % 9_000).toString(36).toUpperCase().padStart(4, '0')}` : null,
    memo: index % 10 === 0 ? `${words[index % words.length]} for household ${index % 5_000}` : null,
    receiptSha256: null,
    platformTransactionId: null,
    reversesSeq: null,
    recordedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** The vault settings and the eight accounts, written straight into a fresh ledger. */
export function addSyntheticAccounts(db: Ledger): void {
  db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
  const add = db.prepare(
    "INSERT INTO payment_accounts (name, name_key, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES (?, ?, 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')",
  );
  for (const name of accountNames) add.run(name, name.toLowerCase());
}

/** A plain, unencrypted SQLite file with the ledger's own schema and settings: the baseline for writes. */
export function openPlainLedger(path: string): Ledger {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

/** Inserts entries straight into the entries table, with placeholder hashes: no rule, no hashing. */
export function insertRaw(db: Ledger, contents: EntryContent[], firstSeq: number): void {
  db.transaction(() =>
    insertEntryRows(
      db,
      contents.map((content, index) => entryRowValues(firstSeq + index, content, unhashed, unhashed.contentHash)),
    ),
  )();
}
