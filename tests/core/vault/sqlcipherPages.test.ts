import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeLedger, openLedger, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { containsText, decryptedPages, decryptedWalFrames, pagesContainingText, sqlcipherPageSize, usablePageSize } from './sqlcipherPages.ts';

// The page reader the retention tests rely on, proved against real ledgers: it finds a canary where
// SQLite put it (the WAL first, the file after a checkpoint), reads every page the file has, refuses a
// wrong key, and sees deleted content in free pages unless secure_delete wiped it.
const folders: string[] = [];
const opened: Ledger[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.open && db.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

function newLedger(): { path: string; key: Buffer; db: Ledger } {
  const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-pages-'));
  folders.push(folder);
  const path = join(folder, 'ledger.sqlite');
  const key = randomBytes(32);
  const db = openLedger(path, key);
  opened.push(db);
  return { path, key, db };
}

/** A synthetic string that cannot be in a page by chance. */
function canary(): string {
  return `CANARY-SHRED-${randomBytes(8).toString('hex')}`;
}

function walSize(path: string): number {
  return existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
}

/** Enough rows holding the canary to fill many pages, so deleting them frees whole pages. */
function fillWithCanary(db: Ledger, text: string): void {
  db.exec('CREATE TABLE scratch (note TEXT)');
  const insert = db.prepare('INSERT INTO scratch VALUES (?)');
  db.transaction(() => {
    for (let row = 0; row < 60; row += 1) insert.run(`${text} row ${row} ${'padding '.repeat(120)}`);
  })();
}

describe('decrypting a ledger page by page', () => {
  it('finds a new row in the WAL frames, and not yet in the file, before a checkpoint', () => {
    const { path, key, db } = newLedger();
    const text = canary();
    db.exec('CREATE TABLE scratch (note TEXT)');
    db.prepare('INSERT INTO scratch VALUES (?)').run(text);
    expect(readFileSync(`${path}-wal`).includes(text)).toBe(false);
    const frames = decryptedWalFrames(path, key);
    expect(frames.length).toBe((walSize(path) - 32) / (24 + sqlcipherPageSize));
    expect(containsText(frames, text)).toBe(true);
    expect(containsText(decryptedPages(path, key), text)).toBe(false);
  });

  it('finds it in the file after a checkpoint, with the WAL empty', () => {
    const { path, key, db } = newLedger();
    const text = canary();
    db.exec('CREATE TABLE scratch (note TEXT)');
    db.prepare('INSERT INTO scratch VALUES (?)').run(text);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(walSize(path)).toBe(0);
    expect(decryptedWalFrames(path, key)).toEqual([]);
    expect(readFileSync(path).includes(text)).toBe(false);
    const pages = decryptedPages(path, key);
    expect(pagesContainingText(pages, text)).toHaveLength(1);
  });

  it('gives one page per 4096 bytes of the file, as many as SQLite counts, page 1 with its SQLite header', () => {
    const { path, key, db } = newLedger();
    fillWithCanary(db, canary());
    closeLedger(db);
    const pages = decryptedPages(path, key);
    expect(pages.length).toBe(statSync(path).size / sqlcipherPageSize);
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.every((page) => page.length === usablePageSize)).toBe(true);
    const first = pages[0] as Buffer;
    expect(first.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    // The header's own count of pages, at offset 28, agrees with the file.
    expect(first.readUInt32BE(28)).toBe(pages.length);
    const reopened = openLedger(path, key);
    opened.push(reopened);
    expect(reopened.pragma('page_count', { simple: true })).toBe(pages.length);
  });

  it('refuses a wrong key, naming the page or frame whose HMAC fails, and a damaged page by its number', () => {
    const { path, key, db } = newLedger();
    db.exec('CREATE TABLE scratch (note TEXT)');
    expect(decryptedWalFrames(path, key).length).toBeGreaterThan(0);
    expect(() => decryptedWalFrames(path, randomBytes(32))).toThrow(/WAL frame 1 \(page \d+\).*HMAC mismatch/);
    closeLedger(db);
    expect(decryptedPages(path, key).length).toBeGreaterThan(1);
    expect(() => decryptedPages(path, randomBytes(32))).toThrow(/page 1 of .*HMAC mismatch/);

    const damaged = `${path}.damaged`;
    copyFileSync(path, damaged);
    const bytes = readFileSync(damaged);
    bytes[sqlcipherPageSize + 100] = (bytes[sqlcipherPageSize + 100] as number) ^ 0x01;
    writeFileSync(damaged, bytes);
    expect(() => decryptedPages(damaged, key)).toThrow(/page 2 of .*HMAC mismatch/);
  });

  it('sees deleted rows left in free pages when secure_delete is off', () => {
    const { path, key, db } = newLedger();
    const text = canary();
    db.pragma('secure_delete = OFF');
    fillWithCanary(db, text);
    db.exec('DELETE FROM scratch');
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(5);
    expect(pagesContainingText(decryptedPages(path, key), text).length).toBeGreaterThan(5);
  });

  it('finds a row shredded with secure_delete, a checkpoint and VACUUM in no page, free pages included, nor in the WAL', () => {
    const { path, key, db } = newLedger();
    const text = canary();
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    fillWithCanary(db, text);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(pagesContainingText(decryptedPages(path, key), text).length).toBeGreaterThan(5);

    db.exec('DELETE FROM scratch');
    // The checkpoint above emptied the WAL, so its frames now are the pages the delete wiped.
    expect(containsText(decryptedWalFrames(path, key), text)).toBe(false);
    db.pragma('wal_checkpoint(TRUNCATE)');
    // The freed pages are still in the file, wiped.
    expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(5);
    expect(containsText(decryptedPages(path, key), text)).toBe(false);

    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(containsText(decryptedPages(path, key), text)).toBe(false);
    expect(decryptedWalFrames(path, key)).toEqual([]);
  });
});

describe('looking for text in decrypted pages', () => {
  it('finds it as UTF-8 or UTF-16 in either byte order, and says which pages hold it', () => {
    const text = 'Canary ünïcode 7Q';
    const filler = Buffer.alloc(64, 0x2e);
    const utf16le = Buffer.from(text, 'utf16le');
    const pages = [filler, Buffer.concat([filler, Buffer.from(text)]), Buffer.concat([utf16le, filler]), Buffer.from(utf16le).swap16()];
    expect(pagesContainingText(pages, text)).toEqual([1, 2, 3]);
    expect(containsText([filler], text)).toBe(false);
    expect(containsText(pages, 'not there')).toBe(false);
    expect(() => containsText(pages, '')).toThrow(/empty/);
  });
});
