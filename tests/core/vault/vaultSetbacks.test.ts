import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/core/vault/vault.ts';
import { passphrases, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs } from './docsReader.ts';
import { rewriteAsVersion1 } from './version1.ts';

// What fails on a real machine but not on demand: the disk giving out halfway through a create, a
// worker thread that cannot start, a rename refused, a ledger that will not open after a re-key.
// Each is planted here through the module involved.
const { planted, around } = vi.hoisted(() => ({
  planted: {
    ledgerFails: false,
    signingKeyFails: false,
    workerFails: false,
    commitFails: false,
    slotWriteFails: false,
    /** The key-change lock is refused from this call on (counting from 1), as when another window holds it. */
    lockBusyFromCall: Infinity,
    lockCalls: 0,
    ledgers: [] as { open: boolean }[],
  },
  /** A vi.mock factory: the module as it is, but for `name`, which `wrap` builds around the real one. */
  around:
    <F>(name: string, wrap: (real: F) => F) =>
    async (importOriginal: () => Promise<Record<string, unknown>>) => {
      const real = await importOriginal();
      return { ...real, [name]: wrap(real[name] as F) };
    },
}));

vi.mock(
  '../../../electron/core/vault/keySlotWriter.ts',
  around<typeof import('../../../electron/core/vault/keySlotWriter.ts').writeKeySlotsChecked>('writeKeySlotsChecked', (real) => (...args) => {
    if (planted.slotWriteFails) throw Object.assign(new Error('planted: read-only file system'), { code: 'EROFS' });
    return real(...args);
  }),
);

vi.mock(
  '../../../electron/core/vault/lockFile.ts',
  around<typeof import('../../../electron/core/vault/lockFile.ts').acquireLockFile>('acquireLockFile', (real) => (path, options) => {
    if (path.endsWith('key-change.lock') && ++planted.lockCalls >= planted.lockBusyFromCall) return Promise.reject(options.busy());
    return real(path, options);
  }),
);

vi.mock(
  '../../../electron/core/vault/rekeyFiles.ts',
  around<typeof import('../../../electron/core/vault/rekeyFiles.ts').commitRekey>('commitRekey', (real) => (...args) => {
    if (planted.commitFails) throw new Error('planted: the rename was refused');
    return real(...args);
  }),
);

vi.mock(
  '../../../electron/core/vault/ledgerDatabase.ts',
  around<typeof import('../../../electron/core/vault/ledgerDatabase.ts').openLedger>('openLedger', (real) => (...args) => {
    if (planted.ledgerFails) throw new Error('planted: the ledger cannot be made');
    return real(...args);
  }),
);

vi.mock(
  '../../../electron/core/vault/groupSigningKey.ts',
  around<typeof import('../../../electron/core/vault/groupSigningKey.ts').createGroupSigningKey>('createGroupSigningKey', (real) => (db, now) => {
    planted.ledgers.push(db);
    if (planted.signingKeyFails) throw new Error('planted: the disk is full');
    return real(db, now);
  }),
);

vi.mock(
  '../../../electron/core/vault/backgroundReader.ts',
  around<typeof import('../../../electron/core/vault/backgroundReader.ts').readInWorker>(
    'readInWorker',
    (real) =>
      (...args) =>
        planted.workerFails ? () => Promise.reject(new Error('planted: no worker thread')) : real(...args),
  ),
);

function bareVault(vaultDir: string, onRekeyStep?: (step: string) => void, onLocked: (reason: string) => void = () => undefined): Vault {
  return new Vault({ vaultDir, now: () => new Date(), onLocked, requestLock: () => undefined, onRekeyStep });
}

const confirmWith = { passphrase: passphrases.treasurer };

/** A locked vault whose key slots are then written as the first release wrote them. */
async function lockedVersion1Vault(slots: [kind: string, secret: string][]): Promise<{ vault: Vault; vaultDir: string }> {
  const vaultDir = join(startTreasury().root, 'vault');
  const vault = bareVault(vaultDir);
  await vault.create(vaultDir, passphrases.treasurer);
  vault.lock('manual');
  await rewriteAsVersion1(vaultDir, slots);
  return { vault, vaultDir };
}
const dataKeyOf = async (vaultDir: string) => (await dataKeyFromDocs(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'), confirmWith))!;

describe('the vault when something gives out', () => {
  it('a create that fails halfway closes the ledger it began, leaves no folder (nor one in the making), and the next create works', async () => {
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
      expect(
        readdirSync(root).filter((name) => name.includes('vault')),
        failure,
      ).toEqual([]);
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

  it('a re-key whose rename is refused before the commit keeps the old key, and the vault stays open on it', async () => {
    const vaultDir = join(startTreasury().root, 'vault');
    const vault = bareVault(vaultDir);
    await vault.create(vaultDir, passphrases.treasurer);
    const keyBefore = await dataKeyOf(vaultDir);
    planted.commitFails = true;
    try {
      await expect(vault.rekey(confirmWith)).rejects.toThrow('planted: the rename was refused');
    } finally {
      planted.commitFails = false;
    }
    expect(vault.isUnlocked()).toBe(true);
    expect(vault.ledger().pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await dataKeyOf(vaultDir)).equals(keyBefore)).toBe(true);
    expect(readdirSync(vaultDir).filter((name) => name.includes('rekey'))).toEqual([]);
    vault.lock('manual');
  });

  it('a ledger that will not open after a committed re-key locks the vault, which then opens with the new key', async () => {
    const vaultDir = join(startTreasury().root, 'vault');
    const locks: string[] = [];
    const vault = bareVault(
      vaultDir,
      (step) => (planted.ledgerFails = step === 'slots-replaced'),
      (reason) => locks.push(reason),
    );
    await vault.create(vaultDir, passphrases.treasurer);
    const keyBefore = await dataKeyOf(vaultDir);
    try {
      await expect(vault.rekey(confirmWith)).rejects.toThrow('planted: the ledger cannot be made');
    } finally {
      planted.ledgerFails = false;
    }
    expect(locks).toEqual(['manual']);
    expect(vault.status().state).toBe('locked');
    expect((await dataKeyOf(vaultDir)).equals(keyBefore)).toBe(false);
    expect(await vault.unlock(confirmWith)).toEqual({ state: 'unlocked' });
    vault.lock('manual');
  });

  it('a version-1 slot that cannot be upgraded at unlock (a read-only folder) still opens, and the re-key upgrades it with the passphrase just typed', async () => {
    const { vault, vaultDir } = await lockedVersion1Vault([
      ['treasurer', passphrases.treasurer],
      ['recovery', 'K7M2Q4ZC8DWX1NB6HRT39PVEAJS0FY'],
    ]);
    planted.slotWriteFails = true;
    try {
      expect(await vault.unlock(confirmWith)).toEqual({ state: 'unlocked' });
    } finally {
      planted.slotWriteFails = false;
    }
    const slotsOnDisk = () => JSON.parse(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'));
    expect(slotsOnDisk().version).toBe(1);
    const change = await vault.rekey(confirmWith);
    expect(change.newRecoveryCode).not.toBeNull();
    expect(slotsOnDisk().slots.map((slot: { kind: string; publicKey?: string }) => [slot.kind, slot.publicKey !== undefined])).toEqual([
      ['treasurer', true],
      ['recovery', true],
    ]);
    vault.lock('manual');
    expect(await vault.unlock(confirmWith)).toEqual({ state: 'unlocked' });
    vault.lock('manual');
  });

  it('a version-1 slot is left as it was when another window holds the key-change lock at unlock; the vault opens all the same', async () => {
    const { vault, vaultDir } = await lockedVersion1Vault([['treasurer', passphrases.treasurer]]);
    const before = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    // The unlock takes the lock twice: to finish a re-key a crash interrupted, then to upgrade the slot.
    planted.lockCalls = 0;
    planted.lockBusyFromCall = 2;
    try {
      expect(await vault.unlock(confirmWith)).toEqual({ state: 'unlocked' });
    } finally {
      planted.lockBusyFromCall = Infinity;
    }
    expect(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')).toBe(before);
    vault.lock('manual');
  });
});
