import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attemptLockPath, UnlockBackoff } from '../../../electron/core/vault/unlockBackoff.ts';
import { say } from '../../../shared/messages/message.ts';

// The backoff's own file and lock, without a vault: what the count reads back as, what a wait says,
// and who may attempt while another attempt runs.
const start = new Date('2026-11-30T12:00:00.000Z');

function backoffAt(clock: { now: Date }): { backoff: UnlockBackoff; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'mutual-ledger-backoff-')), 'unlock-backoff.json');
  return { backoff: new UnlockBackoff(path, () => clock.now), path };
}

const later = (clock: { now: Date }, ms: number) => (clock.now = new Date(clock.now.getTime() + ms));

describe('the backoff record', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says how long to wait, in words that count right, and counts down', () => {
    const clock = { now: start };
    const { backoff } = backoffAt(clock);
    expect(backoff.retryAfterSeconds()).toBe(0);
    expect(() => backoff.refuseWhileWaiting()).not.toThrow();
    backoff.recordFailure();
    expect(() => backoff.refuseWhileWaiting()).toThrowError(expect.objectContaining({ code: 'UNLOCK_BACKOFF', reason: say('vault.backoffWait', { seconds: 1 }), retryAfterSeconds: 1 }));
    backoff.recordFailure();
    backoff.recordFailure();
    expect(() => backoff.refuseWhileWaiting()).toThrowError(expect.objectContaining({ reason: say('vault.backoffWait', { seconds: 4 }) }));
    later(clock, 2_500);
    expect(backoff.retryAfterSeconds()).toBe(2);
    later(clock, 1_500);
    expect(backoff.retryAfterSeconds()).toBe(0);
  });

  it('a success clears a count, and writes nothing where there was none', () => {
    const clock = { now: start };
    const { backoff, path } = backoffAt(clock);
    backoff.recordSuccess();
    expect(existsSync(path)).toBe(false);
    backoff.recordFailure();
    backoff.recordSuccess();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ failures: 0, lastFailureAt: start.toISOString() });
    expect(backoff.retryAfterSeconds()).toBe(0);
  });

  it('a damaged record never locks the treasurer out, and the count starts again', () => {
    const clock = { now: start };
    for (const damage of ['{"failures": 9', '{"failures": -3, "lastFailureAt": "2026-11-30T12:00:00.000Z"}', '{"failures": 9, "lastFailureAt": "yesterday"}']) {
      const { backoff, path } = backoffAt(clock);
      writeFileSync(path, damage);
      expect(backoff.retryAfterSeconds(), damage).toBe(0);
      backoff.recordFailure();
      expect(JSON.parse(readFileSync(path, 'utf8')).failures).toBe(1);
    }
  });

  it('an attempt holds the attempt lock beside the record, and lets it go however it ends', async () => {
    const clock = { now: start };
    const { backoff, path } = backoffAt(clock);
    const lock = attemptLockPath(path);
    expect(lock).toBe(join(path, '..', 'unlock-attempt.lock'));
    expect(await backoff.guarded(async () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    await expect(backoff.guarded(() => Promise.reject(new Error('synthetic: wrong passphrase')))).rejects.toThrow('synthetic: wrong passphrase');
    expect(existsSync(lock)).toBe(false);
  });

  it("waits half a minute for another window's attempt, then says so; a lock two minutes old is a dead one's", async () => {
    const clock = { now: start };
    const { backoff, path } = backoffAt(clock);
    writeFileSync(attemptLockPath(path), JSON.stringify({ pid: process.ppid, at: new Date().toISOString() }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    let settled = false;
    const attempt = backoff
      .guarded(async () => 'attempted')
      .catch((error: unknown) => error)
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await attempt).toMatchObject({ code: 'UNLOCK_BACKOFF', reason: say('vault.unlockInAnotherWindow'), retryAfterSeconds: 1 });
    vi.useRealTimers();

    const twoMinutesAgo = new Date(Date.now() - 121_000);
    utimesSync(attemptLockPath(path), twoMinutesAgo, twoMinutesAgo);
    expect(await backoff.guarded(async () => 'attempted')).toBe('attempted');
  });
});
