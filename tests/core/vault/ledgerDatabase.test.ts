import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { closeLedger, holdWriteLock, ledgerOpensAndChecks, openLedger, reencryptLedgerFile, writeTransaction, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { ledgerSchemaVersion } from '../../../electron/core/ledger/schema/migrate.ts';
import { say } from '../../../shared/messages/message.ts';

// The ledger file itself, opened with a raw key and no vault around it: its settings, the refusals
// of a wrong key or a newer schema, the write lock a re-key holds, the re-encryption, and closing.
const folders: string[] = [];
const opened: Ledger[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.open && db.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

function ledgerPath(): string {
  const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-database-'));
  folders.push(folder);
  return join(folder, 'ledger.sqlite');
}

function open(path: string, key: Buffer): Ledger {
  const db = openLedger(path, key);
  opened.push(db);
  return db;
}

const unreadable = expect.objectContaining({ code: 'VAULT_UNREADABLE', reason: say('vault.ledgerUnreadable') });

/** A plain connection with the app's cipher settings, as another window would hold one; it waits for no lock. */
function otherConnection(path: string, key: Buffer): Database.Database {
  const db = new Database(path, { timeout: 0 });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  opened.push(db as Ledger);
  return db;
}

describe('the ledger file', () => {
  it('opens in WAL mode, overwriting what it deletes, with temporary tables in memory and foreign keys checked, at the latest schema', () => {
    const db = open(ledgerPath(), randomBytes(32));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(ledgerSchemaVersion);
  });

  it('refuses a wrong key, and a plain SQLite file, as unreadable', () => {
    const path = ledgerPath();
    closeLedger(open(path, randomBytes(32)));
    expect(() => open(path, randomBytes(32))).toThrowError(unreadable);
    const plain = ledgerPath();
    const plainDb = new Database(plain);
    plainDb.exec('CREATE TABLE t (x)');
    plainDb.close();
    expect(() => open(plain, randomBytes(32))).toThrowError(unreadable);
  });

  it('refuses a ledger of a newer schema, saying to update the app, and leaves it as it was', () => {
    const path = ledgerPath();
    const key = randomBytes(32);
    const db = open(path, key);
    db.pragma(`user_version = ${ledgerSchemaVersion + 1}`);
    closeLedger(db);
    expect(() => open(path, key)).toThrowError(expect.objectContaining({ code: 'VAULT_TOO_NEW', reason: say('vault.ledgerTooNew', { version: ledgerSchemaVersion + 1 }) }));
    const other = otherConnection(path, key);
    expect(other.pragma('user_version', { simple: true })).toBe(ledgerSchemaVersion + 1);
  });

  it('is closed with its write-ahead log written back and emptied, even while another window reads it; closing twice does nothing', () => {
    const path = ledgerPath();
    const key = randomBytes(32);
    const db = open(path, key);
    // Another connection still open would otherwise keep the log as it is when this one closes.
    otherConnection(path, key).prepare('SELECT count(*) FROM sqlite_master').get();
    db.exec('CREATE TABLE scratch (x)');
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
    closeLedger(db);
    expect(db.open).toBe(false);
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
    expect(() => closeLedger(db)).not.toThrow();
  });
});

describe('writing to the ledger', () => {
  it('a write transaction writes all of its body or, when the body throws, nothing', () => {
    const db = open(ledgerPath(), randomBytes(32));
    db.exec('CREATE TABLE scratch (x)');
    writeTransaction(db, () => db.prepare('INSERT INTO scratch VALUES (1)').run());
    expect(() =>
      writeTransaction(db, () => {
        db.prepare('INSERT INTO scratch VALUES (2)').run();
        throw new Error('refused half way');
      }),
    ).toThrow('refused half way');
    expect(db.prepare('SELECT x FROM scratch').pluck().all()).toEqual([1]);
  });

  it('refuses to write into a file another window has replaced, saying the key changed, and writes nothing', () => {
    const path = ledgerPath();
    const db = open(path, randomBytes(32));
    db.exec('CREATE TABLE scratch (x)');
    const replacement = `${path}.new`;
    closeLedger(openLedger(replacement, randomBytes(32)));
    renameSync(replacement, path);
    expect(() => writeTransaction(db, () => db.prepare('INSERT INTO scratch VALUES (1)').run())).toThrowError(
      expect.objectContaining({ code: 'KEYS_CHANGED', reason: say('vault.keyChangedElsewhere') }),
    );
    rmSync(path);
    expect(() => writeTransaction(db, () => undefined)).toThrowError(expect.objectContaining({ code: 'KEYS_CHANGED' }));
  });

  it('the write lock a re-key holds keeps every other connection from writing until it is released', () => {
    const path = ledgerPath();
    const key = randomBytes(32);
    closeLedger(open(path, key));
    const release = holdWriteLock(path, key);
    const other = otherConnection(path, key);
    expect(() => other.exec('CREATE TABLE scratch (x)')).toThrowError(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    release();
    other.exec('CREATE TABLE scratch (x)');
    expect(() => holdWriteLock(path, randomBytes(32))).toThrowError(unreadable);
  });
});

describe('re-encrypting a ledger file', () => {
  it('opens with the new key and not the old, in WAL mode, with its contents', () => {
    const path = ledgerPath();
    const [oldKey, newKey] = [randomBytes(32), randomBytes(32)];
    const db = open(path, oldKey);
    db.exec("CREATE TABLE scratch (x); INSERT INTO scratch VALUES ('kept')");
    closeLedger(db);
    expect(ledgerOpensAndChecks(path, oldKey)).toBe(true);
    reencryptLedgerFile(path, oldKey, newKey);
    expect(ledgerOpensAndChecks(path, oldKey)).toBe(false);
    expect(ledgerOpensAndChecks(path, newKey)).toBe(true);
    // Read as another connection would, without the app setting WAL on it: the file itself is in WAL mode again.
    const reopened = otherConnection(path, newKey);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.prepare('SELECT x FROM scratch').pluck().get()).toBe('kept');
  });
});
