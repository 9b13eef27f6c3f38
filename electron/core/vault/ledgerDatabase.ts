import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { TreasuryError } from '../../../shared/errors.ts';
import { migrate } from './migrations.ts';
import { createPrivateFile, makeVaultFolderPrivate } from './privateFiles.ts';

export type Ledger = Database.Database;

export interface LedgerOptions {
  /** A better-sqlite3 build for another ABI (Electron's); Node's own build when omitted. */
  nativeBinding?: string;
}

/**
 * Opens (or creates) the SQLCipher v4 ledger with the raw 256-bit data key: no passphrase KDF inside
 * SQLCipher, because the key slots already did the slow Argon2id work.
 */
export function openLedger(path: string, dataKey: Buffer, options: LedgerOptions = {}): Ledger {
  // Private before SQLite touches anything; its -wal and -shm then take the ledger's mode.
  makeVaultFolderPrivate(dirname(path));
  createPrivateFile(path);
  const db = new Database(path, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    // The first read proves the key: a wrong key or a plain SQLite file fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('journal_mode = WAL');
    // Deleted content is overwritten, not left in free pages; temp tables never touch the disk.
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    migrate(db);
    // Again now that the -wal and -shm exist, in case an older copy of them was left with wider modes.
    makeVaultFolderPrivate(dirname(path));
    return db;
  } catch (error) {
    db.close();
    if (error instanceof TreasuryError) throw error;
    throw new TreasuryError('VAULT_UNREADABLE', 'The ledger could not be opened with this key. It may be damaged or belong to another vault.');
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
  return db.transaction(body).immediate();
}

