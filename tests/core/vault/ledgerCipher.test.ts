import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { passphrases, startTreasury } from '../treasuryFixture.ts';

async function lockedVault(): Promise<string> {
  const { client, vaultDir, treasury } = startTreasury();
  await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
  await treasury.close();
  return join(vaultDir, 'ledger.sqlite');
}

describe('the ledger file is SQLCipher ciphertext', () => {
  it('has no SQLite header: the whole file is encrypted', async () => {
    const ledger = await lockedVault();
    expect(readFileSync(ledger).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('cannot be read as plain SQLite', async () => {
    const db = new Database(await lockedVault());
    expect(() => db.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    db.close();
  });

  it('cannot be read with a wrong key', async () => {
    const db = new Database(await lockedVault());
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${randomBytes(32).toString('hex')}'"`);
    expect(() => db.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    db.close();
  });
});
