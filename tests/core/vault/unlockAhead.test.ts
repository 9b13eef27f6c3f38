import argon2 from 'argon2';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginUnlockAhead, discardDerivedAhead } from '../../../electron/core/vault/unlockAhead.ts';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';

interface SlotOnDisk {
  kind: string;
  kdf: Record<string, unknown>;
}

/** A locked vault made by the app (its slots at the standard Argon2id parameters), and its recovery code. */
async function lockedVault() {
  const test = startTreasury();
  const { recoveryCode } = await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  await test.client.vault.lock({});
  const path = join(test.vaultDir, 'key-slots.json');
  const slots = () => (JSON.parse(readFileSync(path, 'utf8')) as { slots: SlotOnDisk[] }).slots;
  /** Changes the file in place, or replaces its text with what `change` returns. */
  const edit = (change: (file: { slots: SlotOnDisk[] }) => string | void) => {
    const file = JSON.parse(readFileSync(path, 'utf8')) as { slots: SlotOnDisk[] };
    writeFileSync(path, change(file) ?? JSON.stringify(file));
  };
  return { ...test, recoveryCode, path, slots, edit };
}

/** Counts Argon2id runs from here on, still running each one for real. */
function countArgon2() {
  const real = argon2.hash.bind(argon2);
  const runs: { secret: string; salt: string; memoryCost: number; timeCost: number; parallelism: number }[] = [];
  vi.spyOn(argon2, 'hash').mockImplementation(((secret: string, options: { salt: Buffer; memoryCost: number; timeCost: number; parallelism: number }) => {
    runs.push({ secret, salt: options.salt.toString('base64'), memoryCost: options.memoryCost, timeCost: options.timeCost, parallelism: options.parallelism });
    return real(secret, options as never);
  }) as never);
  return runs;
}

afterEach(async () => {
  await discardDerivedAhead();
  vi.restoreAllMocks();
});

describe('an unlock whose Argon2id was begun ahead', () => {
  it('runs Argon2id once, for the slot the unlock opens: the unlock takes what was begun', async () => {
    const vault = await lockedVault();
    const runs = countArgon2();
    beginUnlockAhead(vault.vaultDir, { passphrase: passphrases.treasurer });
    const treasurer = vault.slots().find((slot) => slot.kind === 'treasurer')!;
    expect(runs).toEqual([{ secret: passphrases.treasurer, salt: treasurer.kdf.salt, memoryCost: 64 * 1024, timeCost: 3, parallelism: 4 }]);
    expect(await vault.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    expect(runs).toHaveLength(1);
  });

  it('a wrong passphrase begun ahead is still refused, and still counts towards the backoff', async () => {
    const vault = await lockedVault();
    const runs = countArgon2();
    beginUnlockAhead(vault.vaultDir, { passphrase: 'not the passphrase at all' });
    expect((await rejection(vault.client.vault.unlock({ passphrase: 'not the passphrase at all' }))).code).toBe('WRONG_SECRET');
    expect((await vault.client.vault.status({})).retryAfterSeconds).toBeGreaterThan(0);
    // The treasurer's slot took the one begun ahead; the co-treasurer has no slot here.
    expect(runs).toHaveLength(1);
  });

  it('a recovery code typed loosely begins the recovery slot, with the code as its slot was made from it', async () => {
    const vault = await lockedVault();
    const runs = countArgon2();
    const typed = ` ${vault.recoveryCode.toLowerCase().replaceAll('-', ' ')} `;
    beginUnlockAhead(vault.vaultDir, { recoveryCode: typed });
    const recovery = vault.slots().find((slot) => slot.kind === 'recovery')!;
    expect(runs.map(({ secret, salt }) => ({ secret, salt }))).toEqual([{ secret: vault.recoveryCode.replaceAll('-', ''), salt: recovery.kdf.salt }]);
    expect(await vault.client.vault.unlock({ recoveryCode: typed })).toEqual({ state: 'unlocked' });
    expect(runs).toHaveLength(1);
  });

  it('a recovery code that cannot be one (a character short) begins nothing, and is refused as wrong', async () => {
    const vault = await lockedVault();
    const runs = countArgon2();
    const short = vault.recoveryCode.slice(0, -1);
    beginUnlockAhead(vault.vaultDir, { recoveryCode: short });
    expect(runs).toEqual([]);
    expect((await rejection(vault.client.vault.unlock({ recoveryCode: short }))).code).toBe('WRONG_SECRET');
  });
});

describe('nothing in an unchecked key-slot file chooses the work begun ahead', () => {
  // Parameters the file may hold but new slots never get still open the slot (the unlock runs them); here they no longer match its key.
  const edits: [string, (file: { slots: SlotOnDisk[] }) => string | void, string][] = [
    [
      '64 GiB of memory',
      (file) => {
        file.slots[0]!.kdf.memoryKiB = 64 * 1024 * 1024;
      },
      'VAULT_UNREADABLE',
    ],
    [
      'four passes, allowed but not the standard three',
      (file) => {
        file.slots[0]!.kdf.iterations = 4;
      },
      'WRONG_SECRET',
    ],
    [
      'eight lanes, allowed but not the standard four',
      (file) => {
        file.slots[0]!.kdf.parallelism = 8;
      },
      'WRONG_SECRET',
    ],
    [
      'memory written as text',
      (file) => {
        file.slots[0]!.kdf.memoryKiB = '65536';
      },
      'VAULT_UNREADABLE',
    ],
    [
      'a salt of 8 bytes',
      (file) => {
        file.slots[0]!.kdf.salt = Buffer.alloc(8, 1).toString('base64');
      },
      'VAULT_UNREADABLE',
    ],
    [
      'a salt that is a number',
      (file) => {
        file.slots[0]!.kdf.salt = 16;
      },
      'VAULT_UNREADABLE',
    ],
    [
      'a salt written as a list of sixteen numbers',
      (file) => {
        file.slots[0]!.kdf.salt = Array.from({ length: 16 }, (_, index) => index);
      },
      'VAULT_UNREADABLE',
    ],
    [
      'a slot with no kind',
      (file) => {
        delete (file.slots[0] as Partial<SlotOnDisk>).kind;
      },
      'VAULT_UNREADABLE',
    ],
    [
      'no kdf at all',
      (file) => {
        delete (file.slots[0] as Partial<SlotOnDisk>).kdf;
      },
      'VAULT_UNREADABLE',
    ],
    ['slots that are not a list', () => JSON.stringify({ slots: { treasurer: {} } }), 'VAULT_UNREADABLE'],
    ['a slot that is null', () => JSON.stringify({ slots: [null] }), 'VAULT_UNREADABLE'],
    ['text that is not JSON', () => '{"slots": [', 'VAULT_UNREADABLE'],
    ['the JSON value null', () => 'null', 'VAULT_UNREADABLE'],
  ];

  it.each(edits)('%s: no Argon2id begins, nothing is thrown, and the unlock answers as before', async (_what, change, code) => {
    const vault = await lockedVault();
    expect(vault.slots()[0]?.kind).toBe('treasurer');
    vault.edit(change);
    const runs = countArgon2();
    expect(() => beginUnlockAhead(vault.vaultDir, { passphrase: passphrases.treasurer })).not.toThrow();
    expect(runs).toEqual([]);
    expect((await rejection(vault.client.vault.unlock({ passphrase: passphrases.treasurer }))).code).toBe(code);
  });

  it('a folder with no vault begins nothing and throws nothing', async () => {
    const vault = await lockedVault();
    rmSync(vault.path);
    const runs = countArgon2();
    expect(() => beginUnlockAhead(vault.vaultDir, { passphrase: passphrases.treasurer })).not.toThrow();
    expect(() => beginUnlockAhead(join(vault.root, 'nowhere'), { passphrase: passphrases.treasurer })).not.toThrow();
    expect(runs).toEqual([]);
  });
});
