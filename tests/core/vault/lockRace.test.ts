import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';

describe('a lock never cuts a call in half', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the idle lock firing while a passphrase change runs Argon2id waits for the change to finish', async () => {
    const { client, vaultDir, treasury, events } = startTreasury();
    const { recoveryCode } = await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await client.vault.setAutoLock({ seconds: 10 });

    const change = client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next });
    // The countdown runs out while Argon2id is still working in its thread.
    vi.advanceTimersByTime(10_500);
    expect(await change).toMatchObject({ slot: 'treasurer' });
    vi.useRealTimers();
    expect((await client.vault.status()).state).toBe('locked');
    expect(events).toEqual([{ name: 'locked', payload: { reason: 'idle' } }]);
    await treasury.close();

    // The new passphrase opens the vault (today only the recovery code did).
    const later = startTreasury({ root: join(vaultDir, '..') });
    expect(await later.client.vault.unlock({ passphrase: passphrases.next })).toEqual({ state: 'unlocked' });
    await later.client.vault.lock({});
    expect(await later.client.vault.unlock({ recoveryCode })).toEqual({ state: 'unlocked' });
    await later.treasury.close();
  });

  it('a lock asked for while an unlock runs lands after it, so the unlock cannot reopen a locked vault later', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    const unlock = client.vault.unlock({ passphrase: passphrases.treasurer });
    const lock = client.vault.lock({ reason: 'suspend' });
    expect(await unlock).toEqual({ state: 'unlocked' });
    await lock;
    expect((await client.vault.status()).state).toBe('locked');
    expect((await rejection(client.vault.details())).code).toBe('VAULT_LOCKED');
    await treasury.close();
  });
});
