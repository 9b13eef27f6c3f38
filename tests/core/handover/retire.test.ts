// Retiring the old vault once the new treasurer has read back its anchor: refused under a legal hold,
// with another anchor or without the passphrase, each leaving the vault as it was; done, nothing of
// it is left in its folder, and the key slots were overwritten before they went. Synthetic data only.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as retiredFolder from '../../../electron/core/vault/retiredFolder.ts';
import { noPersonalTies } from '../ledger/bareLedger.ts';
import { passphrases, rejection, startTreasury, type TestTreasury } from '../treasuryFixture.ts';

const opened: TestTreasury[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.treasury.close();
  vi.restoreAllMocks();
});

async function vaultToRetire(): Promise<TestTreasury> {
  const test = startTreasury({ now: new Date('2026-11-20T12:00:00Z') });
  opened.push(test);
  await test.client.vault.create({ vaultDir: test.vaultDir, passphrase: passphrases.treasurer });
  const bank = await test.client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', handle: '0042', holder: 'organisation', security: noPersonalTies });
  await test.client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 4_200, accountId: bank.id, memo: 'Dues' });
  return test;
}

const confirmWith = { passphrase: passphrases.treasurer };

describe('retiring a vault', () => {
  it('is refused while a legal hold stands, with another anchor, or with a wrong passphrase; the vault stays whole', async () => {
    const test = await vaultToRetire();
    const files = readdirSync(test.vaultDir).sort();
    const { anchor } = await test.client.ledger.head({});
    if (anchor === null) throw new Error('a vault has facts');
    const misheard = await rejection(test.client.handover.retire({ confirmedAnchor: { ...anchor, hash: '0'.repeat(64) }, confirmWith }));
    expect(misheard).toMatchObject({ code: 'NOT_PERMITTED', reason: { key: 'handover.anchorNotConfirmed' } });
    // The refusal does not say the right anchor: the new treasurer must read it, not the old screen.
    expect(JSON.stringify(misheard.reason)).not.toContain(anchor.hash);
    expect(await rejection(test.client.handover.retire({ confirmedAnchor: anchor, confirmWith: { passphrase: 'copper meadow whistle harbour' } }))).toMatchObject({ code: 'WRONG_SECRET' });
    // Past the wait a wrong passphrase starts.
    test.clock.now = new Date('2026-11-20T12:00:05Z');
    await test.client.hold.place({ note: 'Subpoena, synthetic case 0003' });
    const held = (await test.client.ledger.head({})).anchor;
    if (held === null) throw new Error('a vault has facts');
    expect(await rejection(test.client.handover.retire({ confirmedAnchor: held, confirmWith }))).toMatchObject({ code: 'NOT_PERMITTED', reason: { key: 'handover.retireUnderHold' } });
    // The wrong passphrase was counted (unlock-backoff.json); nothing else changed in the folder.
    expect(
      readdirSync(test.vaultDir)
        .filter((name) => name !== 'unlock-backoff.json')
        .sort(),
    ).toEqual(files);
    expect((await test.client.ledger.verify({})).ok).toBe(true);
    await test.client.vault.lock({});
    expect((await test.client.vault.unlock({ passphrase: passphrases.treasurer })).state).toBe('unlocked');
  }, 60_000);

  it('overwrites the key slots, then removes every file and the folder', async () => {
    const test = await vaultToRetire();
    const slots = readFileSync(join(test.vaultDir, 'key-slots.json'));
    const overwritten: Buffer[] = [];
    // What the key-slot file held just before it was removed: random bytes, not the slots.
    const remove = retiredFolder.removeVaultFiles;
    vi.spyOn(retiredFolder, 'removeVaultFiles').mockImplementation((folder) => {
      overwritten.push(readFileSync(join(folder.dir, 'key-slots.json')));
      return remove(folder);
    });
    const { anchor } = await test.client.ledger.head({});
    if (anchor === null) throw new Error('a vault has facts');
    const retired = await test.client.handover.retire({ confirmedAnchor: anchor, confirmWith });
    expect(retired).toEqual({ retiredDir: test.vaultDir, removedFiles: expect.any(Number) as number });
    expect(retired.removedFiles).toBeGreaterThanOrEqual(2);
    expect(existsSync(test.vaultDir)).toBe(false);
    expect(overwritten).toHaveLength(1);
    expect(overwritten[0]?.length).toBe(slots.length);
    expect(overwritten[0]?.includes(Buffer.from('"slots"'))).toBe(false);
    expect((await test.client.vault.status()).state).toBe('no-vault');
    expect((await rejection(test.client.ledger.head({}))).code).toBe('VAULT_LOCKED');
  });

  it('leaves a file someone else kept in the folder, and only that', async () => {
    const test = await vaultToRetire();
    writeFileSync(join(test.vaultDir, 'notes-of-someone-else.txt'), 'not the vault’s');
    const { anchor } = await test.client.ledger.head({});
    if (anchor === null) throw new Error('a vault has facts');
    await test.client.handover.retire({ confirmedAnchor: anchor, confirmWith });
    expect(readdirSync(test.vaultDir)).toEqual(['notes-of-someone-else.txt']);
  });
});
