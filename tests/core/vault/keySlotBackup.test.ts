import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';

describe('a copy of the key slots', () => {
  it('brings back a vault whose key-slot file was damaged, as the error says', async () => {
    const { client, vaultDir, root, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const copy = join(root, 'key-slots-copy.json');
    expect(await client.vault.backupKeySlots({ path: copy })).toEqual({ path: copy });
    expect((await rejection(client.vault.backupKeySlots({ path: copy }))).code).toBe('NOT_PERMITTED');
    expect((await rejection(client.vault.backupKeySlots({ path: join(vaultDir, 'copy.json') }))).code).toBe('NOT_PERMITTED');
    await treasury.close();

    writeFileSync(join(vaultDir, 'key-slots.json'), '{"format": "mutual-ledger/key-sl');
    const damaged = await rejection(client.vault.unlock({ passphrase: passphrases.treasurer }));
    expect(damaged.code).toBe('VAULT_UNREADABLE');
    expect(damaged.message).toMatch(/Save a copy of the key slots|key-slots backup/);
    copyFileSync(copy, join(vaultDir, 'key-slots.json'));
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });
});
