import { describe, expect, it, vi } from 'vitest';
import { passphrases, startTreasury } from '../treasuryFixture.ts';

// The buffers that hold the data key in memory: the one made for a new vault and each one a key slot
// opens. Watching them is the only way to see whether a lock leaves the key behind in the process.
const dataKeys = vi.hoisted(() => [] as Buffer[]);

vi.mock('../../../electron/core/vault/keyWrapping.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/core/vault/keyWrapping.ts')>();
  return {
    ...original,
    newDataKey: () => {
      const key = original.newDataKey();
      dataKeys.push(key);
      return key;
    },
  };
});

vi.mock('../../../electron/core/vault/keySlots.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../electron/core/vault/keySlots.ts')>();
  return {
    ...original,
    openSlotWithSecret: async (...args: Parameters<typeof original.openSlotWithSecret>) => {
      const opened = await original.openSlotWithSecret(...args);
      if (opened !== undefined) dataKeys.push(opened.dataKey);
      return opened;
    },
    // The unlock asks through openWithSecret, which calls openSlotWithSecret inside its own module.
    openWithSecret: async (...args: Parameters<typeof original.openWithSecret>) => {
      const opened = await original.openWithSecret(...args);
      if (opened !== undefined) dataKeys.push(opened.dataKey);
      return opened;
    },
  };
});

const wiped = (key: Buffer) => key.every((byte) => byte === 0);

describe('a lock wipes the data key from memory', () => {
  it('after create and after unlock, the key the session held is all zeros once the vault locks', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const created = dataKeys.at(-1)!;
    expect(created).toHaveLength(32);
    expect(wiped(created)).toBe(false);
    await client.vault.lock({});
    expect(wiped(created)).toBe(true);

    const before = dataKeys.length;
    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const unlocked = dataKeys.slice(before);
    expect(unlocked).toHaveLength(1);
    expect(wiped(unlocked[0]!)).toBe(false);
    await client.vault.lock({});
    expect(wiped(unlocked[0]!)).toBe(true);
  });

  it('the idle lock wipes it too', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    const before = dataKeys.length;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await client.vault.unlock({ passphrase: passphrases.treasurer });
      await client.vault.setAutoLock({ seconds: 10 });
      const key = dataKeys[before]!;
      expect(wiped(key)).toBe(false);
      vi.advanceTimersByTime(11_000);
      expect((await client.vault.status()).state).toBe('locked');
      expect(wiped(key)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
