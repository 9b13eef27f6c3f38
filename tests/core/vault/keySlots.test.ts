import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { say } from '../../../shared/messages/message.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('key slots: passphrases, recovery code, co-treasurer', () => {
  it('changing the passphrase rewraps the key and never rewrites the ledger', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.lock({});
    await client.vault.unlock({ passphrase: passphrases.treasurer });
    const ledgerBefore = sha256(join(vaultDir, 'ledger.sqlite'));
    const slotsBefore = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');

    expect(await client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next })).toEqual({ slot: 'treasurer', oldCopiesStillOpen: true });
    await client.vault.lock({});

    expect(sha256(join(vaultDir, 'ledger.sqlite'))).toBe(ledgerBefore);
    expect(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')).not.toBe(slotsBefore);
    expect((await rejection(client.vault.unlock({ passphrase: passphrases.treasurer }))).code).toBe('WRONG_SECRET');
    await treasury.close();

    // A restarted app, after the backoff from that wrong attempt has passed.
    const later = startTreasury({ root: join(vaultDir, '..'), now: new Date(Date.now() + 5000) });
    expect(await later.client.vault.unlock({ passphrase: passphrases.next })).toEqual({ state: 'unlocked' });
    await later.treasury.close();
  });

  it('refuses a weak new passphrase with the reason, and changes nothing', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const slotsBefore = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    const error = await rejection(client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: 'bail fund 2024' }));
    expect(error.code).toBe('WEAK_PASSPHRASE');
    expect(error.reason).toMatchObject({ key: 'vault.weakPassphrase' });
    expect(error.hints?.length).toBeGreaterThan(0);
    expect(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')).toBe(slotsBefore);
  });

  it('refuses a weak passphrase for a new vault and creates nothing', async () => {
    const { client, vaultDir } = startTreasury();
    expect((await rejection(client.vault.create({ vaultDir, passphrase: 'password123' }))).code).toBe('WEAK_PASSPHRASE');
    expect((await client.vault.status()).state).toBe('no-vault');
  });

  it('the recovery code unlocks, in any case and grouping, and lets the treasurer set a new passphrase', async () => {
    const { client, vaultDir } = startTreasury();
    const { recoveryCode } = await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    await client.vault.lock({});

    expect(await client.vault.unlock({ recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' ') })).toEqual({ state: 'unlocked' });
    expect((await client.vault.details()).unlockedWith).toBe('recovery');
    expect(await client.vault.changePassphrase({ newPassphrase: passphrases.next })).toEqual({ slot: 'treasurer', oldCopiesStillOpen: true });
    await client.vault.lock({});
    expect(await client.vault.unlock({ passphrase: passphrases.next })).toEqual({ state: 'unlocked' });
    // Unlocked by passphrase, the current one is required to change it.
    const asked = await rejection(client.vault.changePassphrase({ newPassphrase: passphrases.treasurer }));
    expect([asked.code, asked.reason]).toEqual(['NOT_PERMITTED', say('vault.enterCurrentPassphrase')]);
  });

  it('a co-treasurer passphrase opens the same vault, until it is removed', async () => {
    const { client, vaultDir, clock } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const { details } = await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
    expect(details.keySlots.map((slot) => slot.kind)).toEqual(['treasurer', 'co-treasurer', 'recovery']);
    expect(details.keySlots.every((slot) => slot.argon2.memoryKiB >= 65536 && slot.argon2.iterations >= 3)).toBe(true);
    await client.vault.lock({});
    expect(await client.vault.unlock({ passphrase: passphrases.coTreasurer })).toEqual({ state: 'unlocked' });
    expect((await client.vault.details()).unlockedWith).toBe('co-treasurer');
    await client.vault.removeCoTreasurer({ confirmWith: { passphrase: passphrases.coTreasurer } });
    await client.vault.lock({});
    expect((await rejection(client.vault.unlock({ passphrase: passphrases.coTreasurer }))).code).toBe('WRONG_SECRET');
    clock.now = new Date(clock.now.getTime() + 2000);
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    const none = await rejection(client.vault.removeCoTreasurer({ confirmWith: { passphrase: passphrases.treasurer } }));
    expect([none.code, none.reason]).toEqual(['NOT_PERMITTED', say('vault.noCoTreasurer')]);
  });

  it('refuses a key-slot file whose Argon2id parameters were lowered below the floor', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await treasury.close();
    const path = join(vaultDir, 'key-slots.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.slots[0].kdf.memoryKiB = 1024;
    writeFileSync(path, JSON.stringify(file));
    const error = await rejection(client.vault.unlock({ passphrase: passphrases.treasurer }));
    expect(error.code).toBe('VAULT_UNREADABLE');
  });

  it('refuses to make a vault in a folder that already holds one', async () => {
    const { client, vaultDir } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    expect((await rejection(client.vault.create({ vaultDir, passphrase: passphrases.next }))).code).toBe('VAULT_ALREADY_EXISTS');
  });
});
