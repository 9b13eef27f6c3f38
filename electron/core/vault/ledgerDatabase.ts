import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { ledgerSchemaVersion, migrate } from '../ledger/schema/migrate.ts';
import { createPrivateFile, makeVaultFolderPrivate } from './privateFiles.ts';
import { sqlcipherRawKey } from './sqlcipherKey.ts';

export type Ledger = Database.Database;

const preparedStatements = new WeakMap<Ledger, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection: for the reads made once per row of a large batch (an
 * imported statement's hundred thousand rows), where preparing each time (tens of microseconds
 * under SQLCipher) would cost more than the read. Only for single-row reads and writes, never for
 * one that iterates, which would hold the statement busy.
 */
export function prepared(db: Ledger, sql: string): Database.Statement {
  let statements = preparedStatements.get(db);
  if (statements === undefined) {
    statements = new Map();
    preparedStatements.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

export interface LedgerOptions {
  /** A better-sqlite3 build for another ABI (Electron's); Node's own build when omitted. */
  nativeBinding?: string;
  /** The schema version to bring a new ledger to (a handover's, before its rows go in); the newest when omitted. */
  schemaVersion?: number;
}

/** SQLCipher 4's format, set on every connection before its key. */
export const cipherSettings = [`cipher='sqlcipher'`, 'legacy=4'] as const;

/** Opens the file with SQLCipher 4 settings and the data key; the first read proves the key. */
function openKeyed(path: string, dataKey: Buffer, options: LedgerOptions, readonly = false): Ledger {
  const db = new Database(path, { ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }), ...(readonly ? { readonly, fileMustExist: true } : {}) });
  const key = sqlcipherRawKey(dataKey);
  try {
    cipherSettings.forEach((setting) => db.pragma(setting));
    db.key(key);
    // The first read proves the key: a wrong key or a plain SQLite file fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    db.close();
    throw new TreasuryError('VAULT_UNREADABLE', say('vault.ledgerUnreadable'));
  } finally {
    key.fill(0);
  }
}

/**
 * Opens (or creates) the SQLCipher v4 ledger with the raw 256-bit data key: no passphrase KDF inside
 * SQLCipher, because the key slots already did the slow Argon2id work.
 */
export function openLedger(path: string, dataKey: Buffer, options: LedgerOptions = {}): Ledger {
  // Private before SQLite touches anything; its -wal and -shm then take the ledger's mode.
  makeVaultFolderPrivate(dirname(path));
  createPrivateFile(path);
  const db = openKeyed(path, dataKey, options);
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > ledgerSchemaVersion) {
      throw new TreasuryError('VAULT_TOO_NEW', say('vault.ledgerTooNew', { version }));
    }
    db.pragma('journal_mode = WAL');
    // Deleted content is overwritten, not left in free pages; temp tables never touch the disk.
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    // 64 MiB of pages held decrypted (SQLite's default is 2 MiB): a batch of a hundred thousand
    // entries touches a dozen indexes, and each page evicted and read again is decrypted again.
    db.pragma('cache_size = -65536');
    migrate(db, options.schemaVersion);
    // Again now that the -wal and -shm exist, in case an older copy of them was left with wider modes.
    makeVaultFolderPrivate(dirname(path));
    rememberOpenedFile(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof TreasuryError) throw error;
    throw new TreasuryError('VAULT_UNREADABLE', say('vault.ledgerUnreadable'));
  }
}

/**
 * Opens a second connection that holds the ledger's write lock until released: from the copy of a
 * re-key to its rename, no other window can write a page the copy would miss. Their writes wait,
 * then are told the vault is busy.
 */
export function holdWriteLock(path: string, dataKey: Buffer, options: LedgerOptions = {}): () => void {
  const db = openKeyed(path, dataKey, options);
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    db.close();
    throw error;
  }
  return () => {
    db.exec('ROLLBACK');
    db.close();
  };
}

/**
 * Re-encrypts a closed ledger file (a private copy) from one key to another, in place. The copy is put
 * in rollback-journal mode first because SQLite3MultipleCiphers cannot rekey a database in WAL mode,
 * and back to WAL afterwards so it opens like any ledger. A crash here only damages the copy.
 */
export function reencryptLedgerFile(path: string, oldKey: Buffer, newKey: Buffer, options: LedgerOptions = {}): void {
  const db = openKeyed(path, oldKey, options);
  const key = sqlcipherRawKey(newKey);
  try {
    db.pragma('journal_mode = DELETE');
    db.rekey(key);
    db.pragma('journal_mode = WAL');
  } finally {
    key.fill(0);
    db.close();
  }
}

/**
 * Opens a ledger file read-only, as it is: a backup's copy being checked, which must be left exactly
 * as written (no schema step, no WAL beside it). Refused as unreadable if the key does not open it.
 */
export function openLedgerAsItIs(path: string, dataKey: Buffer, options: LedgerOptions = {}): Ledger {
  return openKeyed(path, dataKey, options, true);
}

/** Whether the file opens with `dataKey` and SQLite finds nothing wrong in it. */
export function ledgerOpensAndChecks(path: string, dataKey: Buffer, options: LedgerOptions = {}): boolean {
  let db: Ledger;
  try {
    db = openKeyed(path, dataKey, options);
  } catch {
    return false;
  }
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}

/** Writes the WAL back into the ledger, empties it, and closes: nothing is left half-written beside it. */
export function closeLedger(db: Ledger): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/**
 * Runs `body` as one write transaction that takes the write lock at once (BEGIN IMMEDIATE): a
 * transaction that first reads and then writes could otherwise find another window's write in
 * between, and SQLite would refuse it without waiting. A writer that still cannot get in within
 * the busy timeout is told the vault is busy; nothing is written.
 */
export function writeTransaction<T>(db: Ledger, body: () => T): T {
  refuseIfReplaced(db);
  return db.transaction(body).immediate();
}

/**
 * writeTransaction for a body that waits between its slices (an import reporting its progress):
 * BEGIN IMMEDIATE, COMMIT once the body is done, ROLLBACK if it throws. Only for work that holds the
 * dispatcher's queue, so that no other call runs on the connection while the transaction is open.
 */
export async function writeTransactionInTurns<T>(db: Ledger, body: () => Promise<T>): Promise<T> {
  refuseIfReplaced(db);
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await body();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.open && db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

// The file each open ledger was opened from. A re-key in another window replaces ledger.sqlite with a
// new file; a connection still open on the old one must not write there, where nobody would ever read it.
const openedFiles = new WeakMap<Ledger, number>();

function rememberOpenedFile(db: Ledger): void {
  openedFiles.set(db, statSync(db.name).ino);
}

function refuseIfReplaced(db: Ledger): void {
  const opened = openedFiles.get(db);
  if (opened === undefined || db.memory) return;
  let current: number | undefined;
  try {
    current = statSync(db.name).ino;
  } catch {
    current = undefined;
  }
  if (current !== opened) {
    throw new TreasuryError('KEYS_CHANGED', say('vault.keyChangedElsewhere'));
  }
}
