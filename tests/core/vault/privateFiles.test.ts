// The vault folder is 0700 and every file in it 0600 however the folder came to exist, even under a
// umask of 000 that would let SQLite make its files world-readable. POSIX only.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVaultFolderPrivate, widerThanPrivate } from '../../../electron/core/vault/privateFiles.ts';
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

describe.skipIf(process.platform === 'win32')('vault file modes, while another process opens and closes the ledger', () => {
  it('a -wal or -shm file that vanishes between the folder listing and its check is passed over, not an internal error', async () => {
    // Another CLI run closing the ledger deletes its -wal and -shm at any moment; this child does that
    // over and over while this process makes the folder private and checks it.
    const dir = mkdtempSync(join(tmpdir(), 'mutual-ledger-vanishing-'));
    const churn = spawn(
      process.execPath,
      ['-e', `const fs = require('node:fs'); const f = ${JSON.stringify(join(dir, 'ledger.sqlite-wal'))}; for (;;) { fs.writeFileSync(f, ''); fs.rmSync(f, { force: true }); }`],
      { stdio: 'ignore' },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (let round = 0; round < 5_000; round += 1) {
        makeVaultFolderPrivate(dir);
        widerThanPrivate(dir);
      }
    } finally {
      churn.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
