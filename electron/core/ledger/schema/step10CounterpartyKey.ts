import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * Schema step 10: the vault's counterparty key. An import turns each counterparty (a name, a
 * username, an email) into a recipient code by a keyed hash with this key, which exists only inside
 * the vault: the same person keeps the same code across imports, no name is stored, and nobody
 * without the vault can compute a code from a name. See docs/ledger-format.md.
 */
export function step10CounterpartyKey(db: Database): void {
  db.exec(`
    CREATE TABLE counterparty_key (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      secret BLOB NOT NULL CHECK (length(secret) = 32)
    );
    CREATE TRIGGER counterparty_key_is_never_changed BEFORE UPDATE ON counterparty_key
      BEGIN SELECT RAISE(ABORT, 'The counterparty key is never changed: every code made with it would change.'); END;
  `);
  db.prepare('INSERT INTO counterparty_key (id, secret) VALUES (1, ?)').run(randomBytes(32));
}
