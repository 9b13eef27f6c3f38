import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';

describe('the unlock backoff', () => {
  it('a failure time in the future never makes anyone wait longer than the longest wait', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await treasury.close();
    writeFileSync(join(vaultDir, 'unlock-backoff.json'), JSON.stringify({ failures: 3, lastFailureAt: '2099-01-01T00:00:00.000Z' }));
    const again = startTreasury({ root: join(vaultDir, '..') });
    expect((await again.client.vault.status()).retryAfterSeconds).toBe(4);
    writeFileSync(join(vaultDir, 'unlock-backoff.json'), JSON.stringify({ failures: 40, lastFailureAt: '2099-01-01T00:00:00.000Z' }));
    expect((await again.client.vault.status()).retryAfterSeconds).toBe(60);
  });

  it('the right passphrase clears the count: the next wrong one waits the first wait again, not double', async () => {
    const { client, vaultDir, clock } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    const waitAfterWrong = async () => {
      expect((await rejection(client.vault.unlock({ passphrase: passphrases.next }))).code).toBe('WRONG_SECRET');
      const { retryAfterSeconds } = await client.vault.status();
      clock.now = new Date(clock.now.getTime() + retryAfterSeconds * 1000);
      return retryAfterSeconds;
    };
    const first = await waitAfterWrong();
    expect(first).toBeGreaterThan(0);
    expect(await waitAfterWrong()).toBe(first * 2);
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    await client.vault.lock({});
    expect(await waitAfterWrong()).toBe(first);
  });

  it("two windows guessing at once take turns: the second sees the first one's failure instead of guessing in parallel", async () => {
    const first = startTreasury();
    await first.client.vault.create({ vaultDir: first.vaultDir, passphrase: passphrases.treasurer });
    await first.client.vault.lock({});
    const second = startTreasury({ root: join(first.vaultDir, '..'), now: first.clock.now });
    const [a, b] = await Promise.all([rejection(first.client.vault.unlock({ passphrase: passphrases.next })), rejection(second.client.vault.unlock({ passphrase: passphrases.coTreasurer }))]);
    expect([a.code, b.code].sort()).toEqual(['UNLOCK_BACKOFF', 'WRONG_SECRET']);
  });
});
