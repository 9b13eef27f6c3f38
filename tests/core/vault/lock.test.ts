import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffSeconds } from '../../../electron/core/vault/unlockBackoff.ts';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';

describe('locking', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a manual lock closes the vault and tells the screens why', async () => {
    const { client, vaultDir, events } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    expect(events).toEqual([{ name: 'locked', payload: { reason: 'manual' } }]);
    const status = await client.vault.status();
    expect(status.state).toBe('locked');
    expect(status.lastLock?.reason).toBe('manual');
    expect((await rejection(client.vault.details())).code).toBe('VAULT_LOCKED');
  });

  it('locks itself after the idle time, and activity restarts the countdown', async () => {
    const { client, vaultDir, events } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await client.vault.setAutoLock({ seconds: 60 });
    vi.advanceTimersByTime(50_000);
    await client.vault.reportActivity();
    vi.advanceTimersByTime(50_000);
    expect((await client.vault.status()).state).toBe('unlocked');
    vi.advanceTimersByTime(11_000);
    expect((await client.vault.status()).state).toBe('locked');
    expect(events).toEqual([{ name: 'locked', payload: { reason: 'idle' } }]);
  });

  it('refuses an auto-lock outside 10 seconds to 24 hours, and accepts both ends', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const confirmWith = { passphrase: passphrases.treasurer };
    for (const seconds of [3, 9, 86_401, 7 * 86_400]) {
      const error = await rejection(client.vault.setAutoLock({ seconds, confirmWith }));
      expect(error.code, `${seconds} s`).toBe('INVALID_INPUT');
      expect((await client.vault.details()).autoLockSeconds).toBe(300);
    }
    expect((await client.vault.setAutoLock({ seconds: 86_400, confirmWith })).autoLockSeconds).toBe(86_400);
    expect((await client.vault.setAutoLock({ seconds: 10 })).autoLockSeconds).toBe(10);
  });

  it('backs off 1 s, 2 s, 4 s … after wrong attempts, capped at a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffSeconds)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('the backoff survives a restart', async () => {
    const first = startTreasury();
    await first.client.vault.create({ vaultDir: first.vaultDir, passphrase: passphrases.treasurer });
    await first.client.vault.lock({});
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await rejection(first.client.vault.unlock({ passphrase: passphrases.next }))).code).toBe('WRONG_SECRET');
      first.clock.now = new Date(first.clock.now.getTime() + 10_000);
    }
    const failedAt = first.clock.now.getTime();
    expect((await rejection(first.client.vault.unlock({ passphrase: passphrases.next }))).retryAfterSeconds).toBe(8);
    await first.treasury.close();

    const restarted = startTreasury({ root: join(first.vaultDir, '..'), now: new Date(failedAt + 3_000) });
    const refused = await rejection(restarted.client.vault.unlock({ passphrase: passphrases.treasurer }));
    expect(refused.code).toBe('UNLOCK_BACKOFF');
    expect(refused.retryAfterSeconds).toBe(5);
    expect((await restarted.client.vault.status()).retryAfterSeconds).toBe(5);
    restarted.clock.now = new Date(failedAt + 8_000);
    expect(await restarted.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });
});
