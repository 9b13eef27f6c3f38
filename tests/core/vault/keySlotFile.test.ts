import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { say } from '../../../shared/messages/message.ts';

/** A locked vault whose key-slot file the test then edits. */
async function vaultWithSlots(): Promise<{ path: string; unlock: () => Promise<unknown> }> {
  const { client, vaultDir, treasury } = startTreasury();
  await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
  await treasury.close();
  return { path: join(vaultDir, 'key-slots.json'), unlock: () => client.vault.unlock({ passphrase: passphrases.treasurer }) };
}

const edits: Array<[string, (slot: { kdf: Record<string, unknown>; privateKey: Record<string, unknown> }) => void]> = [
  ['a salt of 8 bytes', (slot) => (slot.kdf.salt = Buffer.alloc(8, 1).toString('base64'))],
  ['a nonce of 16 bytes', (slot) => (slot.privateKey.nonce = Buffer.alloc(16, 1).toString('base64'))],
  ['64 GiB of Argon2id memory', (slot) => (slot.kdf.memoryKiB = 64 * 1024 * 1024)],
  ['a million Argon2id passes', (slot) => (slot.kdf.iterations = 1_000_000)],
  ['two Argon2id passes, below the floor of three', (slot) => (slot.kdf.iterations = 2)],
  ['one Argon2id pass', (slot) => (slot.kdf.iterations = 1)],
  ['65 passes, above the ceiling of 64', (slot) => (slot.kdf.iterations = 65)],
  ['Argon2id memory one KiB below the 64 MiB floor', (slot) => (slot.kdf.memoryKiB = 65_535)],
  ['no Argon2id parallelism', (slot) => (slot.kdf.parallelism = 0)],
  ['65 lanes of Argon2id parallelism', (slot) => (slot.kdf.parallelism = 65)],
];

describe('the key-slot file is checked before any Argon2id runs', () => {
  it.each(edits)('refuses %s as unreadable, at once, and says where a copy comes from', async (_what, edit) => {
    const { path, unlock } = await vaultWithSlots();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    edit(file.slots[0]);
    writeFileSync(path, JSON.stringify(file));
    const started = Date.now();
    const error = await rejection(unlock());
    expect(error.code).toBe('VAULT_UNREADABLE');
    expect(error.reason).toMatchObject({ key: 'vault.keySlotsUnreadable', params: { advice: say('vault.backupAdvice') } });
    // An Argon2id run at the floor takes far longer than this on any machine the app supports.
    expect(Date.now() - started).toBeLessThan(150);
  });

  it('a key-slot file from a newer version says to update the app', async () => {
    const { path, unlock } = await vaultWithSlots();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.version = 3;
    writeFileSync(path, JSON.stringify(file));
    const error = await rejection(unlock());
    expect(error.code).toBe('VAULT_TOO_NEW');
    expect(error.reason).toEqual(say('vault.keySlotsTooNew'));
  });
});
