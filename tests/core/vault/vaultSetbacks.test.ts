import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/core/vault/vault.ts';
import { passphrases, startTreasury } from '../treasuryFixture.ts';

// Two things that fail on a real machine but not on demand: the disk giving out halfway through a
// create, and a worker thread that cannot start. Both are planted here through the modules involved.
const planted = vi.hoisted(() => ({ ledgerFails: false, signingKeyFails: false, workerFails: false, ledgers: [] as { open: boolean }[] }));

vi.mock('../../../electron/core/vault/ledgerDatabase.ts', async (original) => {
  const real = await original<typeof import('../../../electron/core/vault/ledgerDatabase.ts')>();
  return {
    ...real,
    openLedger: (...args: Parameters<typeof real.openLedger>) => {
      if (planted.ledgerFails) throw new Error('planted: the ledger cannot be made');
      return real.openLedger(...args);
    },
  };
});

vi.mock('../../../electron/core/vault/groupSigningKey.ts', async (original) => {
  const real = await original<typeof import('../../../electron/core/vault/groupSigningKey.ts')>();
  return {
    ...real,
    createGroupSigningKey: (...args: Parameters<typeof real.createGroupSigningKey>) => {
      planted.ledgers.push(args[0]);
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
  it('a create that fails halfway closes the ledger it began, leaves the folder empty, and the next create works', async () => {
    const { root } = startTreasury();
    const vaultDir = join(root, 'vault');
    const vault = bareVault(vaultDir);
    for (const failure of ['ledgerFails', 'signingKeyFails'] as const) {
      planted[failure] = true;
      try {
        await expect(vault.create(vaultDir, passphrases.treasurer)).rejects.toThrow(/^planted: /);
      } finally {
        planted[failure] = false;
      }
      expect(readdirSync(vaultDir), failure).toEqual([]);
    }
    expect(planted.ledgers.map((ledger) => ledger.open)).toEqual([false]);
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
