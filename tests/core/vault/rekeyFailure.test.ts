import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rekeySteps, type RekeyStep } from '../../../electron/core/vault/rekeyFiles.ts';
import { Vault } from '../../../electron/core/vault/vault.ts';
import { passphrases, startTreasury } from '../treasuryFixture.ts';
import { dataKeyFromDocs } from './docsReader.ts';

// rekeyCrash.test.ts kills a process at each step of a re-key; here the step fails instead (a full
// disk, a file that cannot be renamed) and the same process carries on, as a treasurer's app would.
const confirmWith = { passphrase: passphrases.treasurer };

let template: string;
/** The template's data key, which every copy holds until a re-key commits. */
let keyBefore: Buffer;

/** A vault with a co-treasurer and a setting to recognise it by, made once and copied for every case. */
beforeAll(async () => {
  const { root } = startTreasury();
  template = join(root, 'vault');
  const vault = new Vault({ vaultDir: template, now: () => new Date(), onLocked: () => undefined, requestLock: () => undefined });
  await vault.create(template, passphrases.treasurer);
  await vault.setCoTreasurerPassphrase(passphrases.coTreasurer, confirmWith);
  await vault.setAutoLock(777, confirmWith);
  vault.lock('shutdown');
  keyBefore = await dataKey(template);
}, 60_000);

async function vaultFailingAt(failAt: RekeyStep): Promise<{ vault: Vault; vaultDir: string }> {
  const vaultDir = join(startTreasury().root, 'vault');
  cpSync(template, vaultDir, { recursive: true });
  const vault = new Vault({
    vaultDir,
    now: () => new Date(),
    onLocked: () => undefined,
    requestLock: () => undefined,
    onRekeyStep: (step) => {
      if (step === failAt) throw new Error(`planted: the step ${step} failed`);
    },
  });
  await vault.unlock(confirmWith);
  return { vault, vaultDir };
}

async function dataKey(vaultDir: string): Promise<Buffer> {
  return (await dataKeyFromDocs(readFileSync(join(vaultDir, 'key-slots.json'), 'utf8'), confirmWith))!;
}

const beforeTheCommit = rekeySteps.slice(0, rekeySteps.indexOf('ledger-replaced'));
const fromTheCommit = rekeySteps.slice(rekeySteps.indexOf('ledger-replaced'));

describe('a re-key that fails on the way', () => {
  it.each(beforeTheCommit.map((step) => [step]))('failing at %s: refused, the old key stands, the vault stays open and whole', async (step) => {
    const { vault, vaultDir } = await vaultFailingAt(step);
    await expect(vault.removeCoTreasurer(confirmWith)).rejects.toThrow(`planted: the step ${step} failed`);
    expect(vault.isUnlocked()).toBe(true);
    expect(vault.details().autoLockSeconds).toBe(777);
    expect(vault.details().keySlots.map((slot) => slot.kind)).toContain('co-treasurer');
    expect(vault.ledger().pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await dataKey(vaultDir)).equals(keyBefore)).toBe(true);
    expect(readdirSync(vaultDir).filter((name) => /rekey|\.tmp$/.test(name))).toEqual([]);
    vault.lock('manual');
    expect(await vault.unlock({ passphrase: passphrases.coTreasurer })).toEqual({ state: 'unlocked' });
    vault.lock('manual');
  });

  it.each(fromTheCommit.map((step) => [step]))('failing at %s, past the commit: the new key stands, and the vault opens with it', async (step) => {
    const { vault, vaultDir } = await vaultFailingAt(step);
    expect(await vault.rekey(confirmWith)).toMatchObject({ rekeyed: true, newRecoveryCode: null });
    expect(vault.details().autoLockSeconds).toBe(777);
    vault.lock('manual');
    expect(await vault.unlock(confirmWith)).toEqual({ state: 'unlocked' });
    expect((await dataKey(vaultDir)).equals(keyBefore)).toBe(false);
    expect(vault.ledger().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readdirSync(vaultDir).filter((name) => /rekey|\.tmp$/.test(name))).toEqual([]);
    vault.lock('manual');
  });
});
