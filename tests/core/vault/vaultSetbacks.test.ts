import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/core/vault/vault.ts';
import { passphrases, startTreasury } from '../treasuryFixture.ts';

// Two things that fail on a real machine but not on demand: the disk giving out halfway through a
// create, and a worker thread that cannot start. Both are planted here through the modules involved.
const planted = vi.hoisted(() => ({ signingKeyFails: false, workerFails: false }));

vi.mock('../../../electron/core/vault/groupSigningKey.ts', async (original) => {
  const real = await original<typeof import('../../../electron/core/vault/groupSigningKey.ts')>();
  return {
    ...real,
    createGroupSigningKey: (...args: Parameters<typeof real.createGroupSigningKey>) => {
      if (planted.signingKeyFails) throw new Error('planted: the disk is full');
      return real.createGroupSigningKey(...args);
    },
  };
});

vi.mock('../../../electron/core/vault/backgroundReader.ts', async (original) => {
  const real = await original<typeof import('../../../electron/core/vault/backgroundReader.ts')>();
  return {
    ...real,
    readInWorker: (...args: Parameters<typeof real.readInWorker>) =>
      planted.workerFails ? () => Promise.reject(new Error('planted: no worker thread')) : real.readInWorker(...args),
  };
});

function bareVault(vaultDir: string): Vault {
  return new Vault({ vaultDir, now: () => new Date(), onLocked: () => undefined, requestLock: () => undefined });
}

describe('the vault when something gives out', () => {
  it('a create that fails halfway leaves the folder empty, and the next create works', async () => {
    const { root } = startTreasury();
    const vaultDir = join(root, 'vault');
    const vault = bareVault(vaultDir);
    planted.signingKeyFails = true;
    try {
      await expect(vault.create(vaultDir, passphrases.treasurer)).rejects.toThrow('planted: the disk is full');
    } finally {
      planted.signingKeyFails = false;
    }
    expect(readdirSync(vaultDir)).toEqual([]);
    expect(vault.status().state).toBe('no-vault');
    await vault.create(vaultDir, passphrases.treasurer);
    expect(vault.status().state).toBe('unlocked');
    vault.lock('manual');
  });

  it('reads on its own connection when no worker can start, unless the reading was stopped', async () => {
    const { root } = startTreasury();
    const vault = bareVault(join(root, 'vault'));
    await vault.create(join(root, 'vault'), passphrases.treasurer);
    planted.workerFails = true;
    try {
      const read = vault.ledgerReader();
      expect(await read(['SELECT auto_lock_seconds FROM vault_settings'])).toEqual([[[300]]]);
      const stopper = new AbortController();
      stopper.abort(new Error('stopped by the treasurer'));
      await expect(read(['SELECT 1'], stopper.signal)).rejects.toThrow('planted: no worker thread');
      expect(await read(['SELECT 1'], new AbortController().signal)).toEqual([[[1]]]);
    } finally {
      planted.workerFails = false;
      vault.lock('manual');
    }
  });
});
