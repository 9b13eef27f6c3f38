import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passphrases, rejection, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs, ledgerFromDocs } from './docsReader.ts';
import { rewriteAsVersion1 } from './version1.ts';
import { say } from '../../../shared/messages/message.ts';

const later = (clock: { now: Date }) => (clock.now = new Date(clock.now.getTime() + 61_000));

/** Whether an old key-slot file and a secret still open the ledger file as it is now. */
async function oldCopyOpens(vaultDir: string, oldKeySlots: string, secret: { passphrase: string } | { recoveryCode: string }): Promise<boolean> {
  const dataKey = await dataKeyFromDocs(oldKeySlots, secret);
  expect(dataKey).toBeDefined();
  try {
    ledgerFromDocs(join(vaultDir, 'ledger.sqlite'), dataKey!).close();
    return true;
  } catch {
    return false;
  }
}

const onlyLiveFiles = (vaultDir: string) => readdirSync(vaultDir).filter((name) => /rekey|\.tmp$/.test(name));

describe('revoking a key slot really revokes it', () => {
  it('after the co-treasurer is removed, an old key-slot file and their passphrase no longer open the ledger', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
    const keptByCoTreasurer = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    expect(await oldCopyOpens(vaultDir, keptByCoTreasurer, { passphrase: passphrases.coTreasurer })).toBe(true);

    const change = await client.vault.removeCoTreasurer({ confirmWith: { passphrase: passphrases.treasurer } });
    expect(change.rekeyed).toBe(true);
    expect(change.newRecoveryCode).toBeNull();
    await treasury.close();

    expect(await oldCopyOpens(vaultDir, keptByCoTreasurer, { passphrase: passphrases.coTreasurer })).toBe(false);
    expect(onlyLiveFiles(vaultDir)).toEqual([]);
    const again = startTreasury({ root: join(vaultDir, '..') });
    expect(await again.client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    await again.treasury.close();
  });

  it('replacing the co-treasurer passphrase re-keys; adding one does not need to', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const added = await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
    expect(added.rekeyed).toBe(false);
    const old = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    const replaced = await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.next, confirmWith: { passphrase: passphrases.treasurer } });
    expect(replaced.rekeyed).toBe(true);
    await treasury.close();
    expect(await oldCopyOpens(vaultDir, old, { passphrase: passphrases.coTreasurer })).toBe(false);
    expect(await dataKeyFromDocs(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'), { passphrase: passphrases.coTreasurer })).toBeUndefined();
    expect(await dataKeyFromDocs(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'), { passphrase: passphrases.next })).toBeDefined();
  });

  it('a passphrase change says old copies still open with the old passphrase, and the re-key ends that', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    const { recoveryCode } = await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    const old = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    expect(await client.vault.changePassphrase({ currentPassphrase: passphrases.treasurer, newPassphrase: passphrases.next })).toEqual({ slot: 'treasurer', oldCopiesStillOpen: true });
    expect(await oldCopyOpens(vaultDir, old, { passphrase: passphrases.treasurer })).toBe(true);

    const change = await client.vault.rekey({ confirmWith: { passphrase: passphrases.next } });
    expect(change.rekeyed).toBe(true);
    await treasury.close();
    expect(await oldCopyOpens(vaultDir, old, { passphrase: passphrases.treasurer })).toBe(false);
    expect(await oldCopyOpens(vaultDir, old, { recoveryCode })).toBe(false);
    // The recovery code itself was resealed without being known, and still opens today's vault.
    const again = startTreasury({ root: join(vaultDir, '..') });
    expect(await again.client.vault.unlock({ recoveryCode })).toEqual({ state: 'unlocked' });
    await again.treasury.close();
  });

  it('a wrong confirmation changes nothing and counts towards the backoff', async () => {
    const { client, vaultDir, clock } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await client.vault.setCoTreasurerPassphrase({ passphrase: passphrases.coTreasurer, confirmWith: { passphrase: passphrases.treasurer } });
    const before = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    const refused = await rejection(client.vault.removeCoTreasurer({ confirmWith: { passphrase: passphrases.next } }));
    expect(refused.code).toBe('WRONG_SECRET');
    expect(refused.retryAfterSeconds).toBe(1);
    expect((await rejection(client.vault.rekey({ confirmWith: { passphrase: passphrases.treasurer } }))).code).toBe('UNLOCK_BACKOFF');
    expect((await rejection(client.vault.setAutoLock({ seconds: 3600 }))).code).toBe('CONFIRMATION_REQUIRED');
    expect(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')).toBe(before);
    later(clock);
    expect((await client.vault.setAutoLock({ seconds: 3600, confirmWith: { passphrase: passphrases.treasurer } })).autoLockSeconds).toBe(3600);
    expect((await client.vault.setAutoLock({ seconds: 60 })).autoLockSeconds).toBe(60);
  });

  it('refuses a slot list changed outside the app (a slot swapped in to receive the next key)', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await treasury.close();
    const path = join(vaultDir, 'key-slots.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.slots[1].publicKey = randomBytes(32).toString('base64');
    writeFileSync(path, JSON.stringify(file));
    const error = await rejection(client.vault.unlock({ passphrase: passphrases.treasurer }));
    expect([error.code, error.reason]).toEqual(['VAULT_UNREADABLE', say('vault.slotListChanged')]);
  });

  it('a version-1 vault is upgraded slot by slot; its re-key issues a new recovery code, said truthfully', async () => {
    const { client, vaultDir, treasury, clock } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await treasury.close();
    const path = join(vaultDir, 'key-slots.json');
    const oldRecoveryCode = 'K7M2Q-4ZC8D-WX1NB-6HRT3-9PVEA-JS0FY';
    await rewriteAsVersion1(vaultDir, [
      ['treasurer', passphrases.treasurer],
      ['recovery', oldRecoveryCode.replace(/-/g, '')],
    ]);

    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    const upgraded = JSON.parse(readFileSync(path, 'utf8'));
    expect(upgraded.version).toBe(2);
    expect(upgraded.slots.map((slot: { kind: string; publicKey?: string }) => [slot.kind, slot.publicKey !== undefined])).toEqual([
      ['treasurer', true],
      ['recovery', false],
    ]);

    const change = await client.vault.rekey({ confirmWith: { passphrase: passphrases.treasurer } });
    expect(change.newRecoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    await client.vault.lock({});
    expect((await rejection(client.vault.unlock({ recoveryCode: oldRecoveryCode }))).code).toBe('WRONG_SECRET');
    later(clock);
    expect(await client.vault.unlock({ recoveryCode: change.newRecoveryCode! })).toEqual({ state: 'unlocked' });
  });

  it('a re-key waits for a co-treasurer slot still in the first format, says what to do, and changes nothing', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await treasury.close();
    await rewriteAsVersion1(vaultDir, [
      ['treasurer', passphrases.treasurer],
      ['co-treasurer', passphrases.coTreasurer],
    ]);
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
    const before = readFileSync(join(vaultDir, 'key-slots.json'), 'utf8');
    const refused = await rejection(client.vault.rekey({ confirmWith: { passphrase: passphrases.treasurer } }));
    expect([refused.code, refused.reason]).toEqual(['NOT_PERMITTED', say('vault.oldSlotFormat', { passphrase: say('vault.coTreasurerPassphrase') })]);
    expect(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8')).toBe(before);
    expect((await client.vault.removeCoTreasurer({ confirmWith: { passphrase: passphrases.treasurer } })).rekeyed).toBe(true);
    expect((await client.vault.details()).keySlots.map((slot) => slot.kind)).toEqual(['treasurer']);
  });

  it('a version-1 vault opened with its recovery code upgrades that slot and no other: the passphrase still opens it', async () => {
    const { client, vaultDir, treasury } = startTreasury();
    await client.vault.create({ vaultDir, passphrase: passphrases.treasurer });
    await treasury.close();
    const recoveryCode = 'K7M2Q-4ZC8D-WX1NB-6HRT3-9PVEA-JS0FY';
    await rewriteAsVersion1(vaultDir, [
      ['treasurer', passphrases.treasurer],
      ['recovery', recoveryCode.replace(/-/g, '')],
    ]);
    expect(await client.vault.unlock({ recoveryCode })).toEqual({ state: 'unlocked' });
    const upgraded = JSON.parse(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'));
    expect(upgraded.slots.map((slot: { kind: string; publicKey?: string }) => [slot.kind, slot.publicKey !== undefined])).toEqual([
      ['treasurer', false],
      ['recovery', true],
    ]);
    await client.vault.lock({});
    expect(await client.vault.unlock({ passphrase: passphrases.treasurer })).toEqual({ state: 'unlocked' });
  });
});
