import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { say, type Message } from '../../../shared/messages/message.ts';

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
    expect(damaged.reason).toEqual(say('vault.keySlotsNotJson', { advice: say('vault.backupAdvice') }));
    copyFileSync(copy, join(vaultDir, 'key-slots.json'));
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });

  it('is the key-slot file byte for byte, readable by its owner alone', async () => {
    const { client, vaultDir, root } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const copy = join(root, 'key-slots-copy.json');
    await client.vault.backupKeySlots({ path: copy });
    expect(readFileSync(copy)).toEqual(readFileSync(join(vaultDir, 'key-slots.json')));
    expect(statSync(copy).mode & 0o777).toBe(0o600);
  });

  it('refuses, with the reason, every place a copy should not go, and writes nothing there', async () => {
    const { client, vaultDir, root } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    writeFileSync(join(root, 'taken.json'), 'synthetic');
    mkdirSync(join(vaultDir, 'inner'));
    // A link left where the copy should go, pointing at a file that does not exist yet: followed, it would write there.
    symlinkSync(join(root, 'lured.json'), join(root, 'link.json'));
    const inside = say('vault.copyInsideVault');
    const refusals: [string, Message][] = [
      ['key-slots-copy.json', say('vault.copyPathNotFull')],
      [vaultDir, inside],
      [join(vaultDir, 'copy.json'), inside],
      [join(vaultDir, '..copy.json'), inside],
      [join(vaultDir, 'inner', '..', '..', 'vault', 'copy.json'), inside],
      [join(root, 'taken.json'), say('vault.copyExists', { path: join(root, 'taken.json') })],
      [root, say('vault.copyExists', { path: root })],
      [join(root, 'link.json'), say('vault.copyNotSaved', { path: join(root, 'link.json'), problem: 'EEXIST' })],
      [join(root, 'missing', 'copy.json'), say('vault.copyNotSaved', { path: join(root, 'missing', 'copy.json'), problem: 'ENOENT' })],
      [join(root, 'taken.json', 'copy.json'), say('vault.copyNotSaved', { path: join(root, 'taken.json', 'copy.json'), problem: 'ENOTDIR' })],
    ];
    for (const [path, reason] of refusals) {
      const error = await rejection(client.vault.backupKeySlots({ path }));
      expect([error.code, error.reason], path).toEqual(['NOT_PERMITTED', reason]);
    }
    expect(readFileSync(join(root, 'taken.json'), 'utf8')).toBe('synthetic');
    expect(readdirSync(vaultDir).filter((name) => name.includes('copy'))).toEqual([]);
    expect(existsSync(join(root, 'lured.json'))).toBe(false);
  });
});
