import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLockFile, type LockFileOptions } from '../../../electron/core/vault/lockFile.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';

// The lock every process opening one vault shares: taken once, waited for, given up on with the
// caller's refusal, and taken over from a process that is gone.
const options: LockFileOptions = { waitMs: 300, staleMs: 60_000, busy: () => new TreasuryError('VAULT_BUSY', say('common.vaultBusy')) };

function lockPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'mutual-ledger-lock-')), 'key-change.lock');
}

/** The pid of a process that has just ended. */
function goneProcess(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function heldBy(path: string, pid: number, ageMs = 0): void {
  writeFileSync(path, JSON.stringify({ pid, at: new Date().toISOString() }));
  const at = new Date(Date.now() - ageMs);
  utimesSync(path, at, at);
}

const secondsAgo = (seconds: number) => seconds * 1000;

describe('the lock file', () => {
  it("holds this process's pid, readable by its owner alone, until it is let go", async () => {
    const path = lockPath();
    const release = await acquireLockFile(path, options);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('a second taker waits for the first to let go', async () => {
    const path = lockPath();
    const release = await acquireLockFile(path, options);
    const order: string[] = [];
    const second = acquireLockFile(path, { ...options, waitMs: 5_000 }).then((releaseSecond) => {
      order.push('second took it');
      releaseSecond();
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    order.push('first let go');
    release();
    await second;
    expect(order).toEqual(['first let go', 'second took it']);
  });

  it("gives up with the caller's refusal while a live process holds it, this one included", async () => {
    for (const pid of [process.ppid, process.pid]) {
      const path = lockPath();
      heldBy(path, pid);
      const started = Date.now();
      await expect(acquireLockFile(path, options)).rejects.toMatchObject({ code: 'VAULT_BUSY' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(pid);
    }
  });

  it('takes over at once from a process that is gone, and from one too old to be running', async () => {
    const holders: [pid: number, ageMs: number][] = [
      [goneProcess(), 0],
      [process.ppid, secondsAgo(61)],
    ];
    for (const [pid, ageMs] of holders) {
      const path = lockPath();
      heldBy(path, pid, ageMs);
      const release = await acquireLockFile(path, { ...options, waitMs: 0 });
      expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
      release();
    }
  });

  it('a lock half-written a moment ago is waited for; one a few seconds old is taken over', async () => {
    const fresh = lockPath();
    writeFileSync(fresh, '{"pid": 12');
    await expect(acquireLockFile(fresh, options)).rejects.toMatchObject({ code: 'VAULT_BUSY' });
    for (const content of ['{"pid": 12', '{"pid": -4}', '{"pid": 1.5}', '{}']) {
      const old = lockPath();
      writeFileSync(old, content);
      utimesSync(old, new Date(Date.now() - secondsAgo(6)), new Date(Date.now() - secondsAgo(6)));
      const release = await acquireLockFile(old, { ...options, waitMs: 0 });
      release();
    }
  });

  it('a failure other than "already there" is not taken for a held lock', async () => {
    const path = join(lockPath(), '..', 'missing-folder', 'key-change.lock');
    await expect(acquireLockFile(path, options)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
