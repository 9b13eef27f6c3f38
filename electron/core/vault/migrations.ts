import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * The ledger's schema, one step per version; PRAGMA user_version records how far a vault has come.
 * Steps are never edited once released: a change is a new step.
 */
const steps: string[] = [
  `
  CREATE TABLE vault_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    created_at TEXT NOT NULL,
    auto_lock_seconds INTEGER NOT NULL
  );
  CREATE TABLE group_signing_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
    public_key BLOB NOT NULL,
    private_key_pkcs8 BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE totp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    last_used_step INTEGER NOT NULL
  );
  CREATE TABLE totp_backup_codes (
    code_hash TEXT PRIMARY KEY,
    used_at TEXT
  );
  `,
];

export const ledgerSchemaVersion = steps.length;

/** Brings the ledger's schema up to date, all steps in one transaction. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new Error(`This vault was written by a newer Mutual Ledger (schema ${current}); update the app to open it.`);
  }
  // Up to date: write nothing, so unlocking never touches the ledger file.
  if (current === steps.length) return;
  db.transaction(() => {
    steps.slice(current).forEach((step) => db.exec(step));
    db.pragma(`user_version = ${steps.length}`);
  })();
}
