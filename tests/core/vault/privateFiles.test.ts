// The vault folder is 0700 and every file in it 0600 however the folder came to exist, even under a
// umask of 000 that would let SQLite make its files world-readable. POSIX only.
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widerThanPrivate } from '../../../electron/core/vault/privateFiles.ts';
import { passphrases, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

const mode = (path: string) => `0${(statSync(path).mode & 0o777).toString(8)}`;
/** Every name in the folder with its mode. */
const modes = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, mode(join(dir, name))]));

describe.skipIf(process.platform === 'win32')('vault file modes', () => {
  let previousUmask: number;
  let t: TestTreasury;
  beforeAll(() => {
    // A worker thread (mutation testing runs tests in threads) may not change the umask; there the
    // usual 022 still has SQLite make its files 0644, which the vault must narrow all the same.
    if (isMainThread) previousUmask = process.umask(0o000);
    t = startTreasury();
  });
  afterAll(async () => {
    await t.treasury.close();
    if (isMainThread) process.umask(previousUmask);
  });

  it('create in an existing folder open to everyone leaves the folder 0700 and every file 0600, -wal and -shm included', async () => {
    mkdirSync(t.vaultDir);
    chmodSync(t.vaultDir, 0o777);
    await t.client.vault.create({ vaultDir: t.vaultDir, passphrase: passphrases.treasurer });
    // Still unlocked, so SQLite's -wal and -shm are there to be looked at.
    expect(mode(t.vaultDir)).toBe('0700');
    expect(modes(t.vaultDir)).toEqual({
      'key-slots.json': '0600',
      'ledger.sqlite': '0600',
      'ledger.sqlite-wal': '0600',
      'ledger.sqlite-shm': '0600',
    });
    expect(widerThanPrivate(t.vaultDir)).toEqual([]);
  });

  it('unlock makes a folder private again after someone widened it, and names what it found', async () => {
    await t.client.vault.lock({});
    chmodSync(t.vaultDir, 0o755);
    for (const name of readdirSync(t.vaultDir)) chmodSync(join(t.vaultDir, name), 0o644);
    writeFileSync(join(t.vaultDir, '.stray.tmp'), 'left by a crash');
    chmodSync(join(t.vaultDir, '.stray.tmp'), 0o666);
    expect(widerThanPrivate(t.vaultDir)).toContainEqual({ path: t.vaultDir, mode: '0755', expected: '0700' });
    expect(widerThanPrivate(t.vaultDir)).toContainEqual({ path: join(t.vaultDir, 'key-slots.json'), mode: '0644', expected: '0600' });
    expect(widerThanPrivate(t.vaultDir)).toContainEqual({ path: join(t.vaultDir, '.stray.tmp'), mode: '0666', expected: '0600' });

    await t.client.vault.unlock({ passphrase: passphrases.treasurer });
    expect(mode(t.vaultDir)).toBe('0700');
    expect(Object.values(modes(t.vaultDir)).every((found) => found === '0600')).toBe(true);
    expect(readdirSync(t.vaultDir)).toEqual(expect.arrayContaining(['ledger.sqlite-wal', 'ledger.sqlite-shm', '.stray.tmp']));
    expect(widerThanPrivate(t.vaultDir)).toEqual([]);
  });
});
