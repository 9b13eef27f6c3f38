import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs } from './docsReader.ts';
import { say } from '../../../shared/messages/message.ts';

async function lockedVault(): Promise<{ vaultDir: string; unlock: () => Promise<unknown> }> {
  const { client, vaultDir, treasury } = startTreasury();
  await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
  await treasury.close();
  return { vaultDir, unlock: () => client.vault.unlock({ passphrase: passphrases.treasurer }) };
}

describe('opening a vault', () => {
  it('a ledger made by a newer version says to update the app, not that the key is wrong', async () => {
    const { vaultDir, unlock } = await lockedVault();
    const dataKey = (await dataKeyFromDocs(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'), { passphrase: passphrases.treasurer }))!;
    const db = new Database(join(vaultDir, 'ledger.sqlite'));
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    db.pragma('user_version = 99');
    db.close();
    const error = await rejection(unlock());
    expect(error.code).toBe('VAULT_TOO_NEW');
    expect(error.reason).toEqual(say('vault.ledgerTooNew', { version: 99 }));
  });

  it('removes temporary key-slot files a crash left behind, and leaves the vault as it was', async () => {
    const { vaultDir, unlock } = await lockedVault();
    const stray = [join(vaultDir, '.0123456789ab.tmp'), join(vaultDir, '.key-slots-key-slots.json.00aa11bb22cc.tmp')];
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const path of stray) {
      writeFileSync(path, '{"half": "written');
      utimesSync(path, anHourAgo, anHourAgo);
    }
    const before = readdirSync(vaultDir).sort();
    expect(await unlock()).toEqual({ state: 'unlocked' });
    expect(readdirSync(vaultDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(before.filter((name) => !name.endsWith('.tmp')).every((name) => readdirSync(vaultDir).includes(name))).toBe(true);
  });

  it('removes a key-slot file a re-key killed a moment ago left half-written: no key change runs while unlock holds the lock', async () => {
    const { vaultDir, unlock } = await lockedVault();
    const fresh = join(vaultDir, '.key-slots-key-slots.json.rekey.b17e3d07eb5b.tmp');
    writeFileSync(fresh, '{"half": "written');
    const otherJustWritten = join(vaultDir, '.0123456789ab.tmp');
    writeFileSync(otherJustWritten, 'a setting another window is saving right now');
    expect(await unlock()).toEqual({ state: 'unlocked' });
    // Settings and back-off files are written without that lock, so one younger than a minute may still be in use.
    expect(readdirSync(vaultDir).filter((name) => name.endsWith('.tmp'))).toEqual(['.0123456789ab.tmp']);
  });
});
