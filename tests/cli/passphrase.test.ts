import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, errorCode, onFirstUse, sandboxForThisFile, oneErrorLine, runCli, waitForBackoff } from './cliRunner.ts';

const sandbox = sandboxForThisFile();

const first = 'correct horse battery staple lantern';
const second = 'violet harbour ledger copper thimble';
const third = 'quiet orchard pencil marble whistle';
const coTreasurer = 'saffron kettle mountain paper swallow';

function asTreasurer(passphrase: string): { env: Record<string, string> } {
  return { env: { MUTUAL_LEDGER_PASSPHRASE: passphrase } };
}

/** `init --json` of a new vault whose treasurer passphrase is `first`: the run, and what it printed. */
async function createVault(name: string): Promise<{ vault: string; run: CliRun; recoveryCode: string }> {
  const vault = sandbox.vault(name);
  const run = await runCli(sandbox, ['init', '--vault', vault, '--json', '--new-passphrase-file', sandbox.secretFile(name, `${first}\r\nignored second line\n`)]);
  expect(run.code).toBe(0);
  return { vault, run, recoveryCode: JSON.parse(run.stdout).recoveryCode };
}

describe('mutual-ledger passphrase', () => {
  // For the tests that change no secret; each test that changes one makes its own vault.
  const unchanged = onFirstUse(() => createVault('unchanged'));

  it('init --json prints the vault, its recovery code and fingerprint', async () => {
    const { vault, run } = await createVault('created');
    expect(JSON.parse(run.stdout)).toEqual({ vaultDir: vault, recoveryCode: expect.any(String), groupKeyFingerprint: expect.any(String) });
  });

  it('refuses a weak new passphrase with the reason, and the old one still works', async () => {
    const { vault } = await unchanged();
    const weak = await runCli(sandbox, ['passphrase', 'change', '--vault', vault], { env: { MUTUAL_LEDGER_PASSPHRASE: first, MUTUAL_LEDGER_NEW_PASSPHRASE: 'password123' } });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(oneErrorLine);
    expect(weak.stderr).toContain('too easy to guess');
    expect((await runCli(sandbox, ['status', '--vault', vault], asTreasurer(first))).code).toBe(0);
  });

  it('after a change the new passphrase works and the old one fails; the ledger is not rewritten', async () => {
    const { vault } = await createVault('changed');
    const ledger = readFileSync(path.join(vault, 'ledger.sqlite'));
    const change = await runCli(sandbox, ['passphrase', 'change', '--vault', vault, '--json'], { env: { MUTUAL_LEDGER_PASSPHRASE: first, MUTUAL_LEDGER_NEW_PASSPHRASE: second } });
    expect(change.code).toBe(0);
    expect(JSON.parse(change.stdout)).toEqual({ slot: 'treasurer', oldCopiesStillOpen: true });
    expect(readFileSync(path.join(vault, 'ledger.sqlite')).equals(ledger)).toBe(true);

    expect((await runCli(sandbox, ['status', '--vault', vault], asTreasurer(second))).code).toBe(0);
    const old = await runCli(sandbox, ['status', '--vault', vault, '--json'], asTreasurer(first));
    expect(old.code).toBe(1);
    expect(errorCode(old)).toBe('WRONG_SECRET');
    await waitForBackoff(old);
  });

  it('the recovery code unlocks, from --recovery-code-file', async () => {
    const { vault, recoveryCode } = await unchanged();
    const run = await runCli(sandbox, ['status', '--vault', vault, '--json', '--recovery-code-file', sandbox.secretFile('recovery', `${recoveryCode}\n`)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ unlockedWith: 'recovery' });
  });

  it('with the recovery code, a lost treasurer passphrase is set anew', async () => {
    const { vault, recoveryCode } = await createVault('recovered');
    const run = await runCli(sandbox, ['passphrase', 'change', '--vault', vault], { env: { MUTUAL_LEDGER_RECOVERY_CODE: recoveryCode, MUTUAL_LEDGER_NEW_PASSPHRASE: third } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The treasurer passphrase is changed');
    expect((await runCli(sandbox, ['status', '--vault', vault], asTreasurer(third))).code).toBe(0);
  });

  it('a co-treasurer passphrase can be added, opens the vault, and can be removed', async () => {
    const { vault } = await createVault('co-treasurer');
    const added = await runCli(sandbox, ['passphrase', 'set-co-treasurer', '--vault', vault, '--json'], { env: { MUTUAL_LEDGER_PASSPHRASE: first, MUTUAL_LEDGER_NEW_PASSPHRASE: coTreasurer } });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).details.keySlots.map((slot: { kind: string }) => slot.kind)).toContain('co-treasurer');

    const asCo = await runCli(sandbox, ['status', '--vault', vault, '--json'], asTreasurer(coTreasurer));
    expect(JSON.parse(asCo.stdout)).toMatchObject({ unlockedWith: 'co-treasurer' });

    const removed = await runCli(sandbox, ['passphrase', 'remove-co-treasurer', '--vault', vault], asTreasurer(first));
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('The co-treasurer key slot is removed');
    expect(removed.stdout).toContain('The vault’s key is changed');
    const removedPassphrase = await runCli(sandbox, ['status', '--vault', vault, '--json'], asTreasurer(coTreasurer));
    expect(removedPassphrase.code).toBe(1);
    expect(errorCode(removedPassphrase)).toBe('WRONG_SECRET');
    await waitForBackoff(removedPassphrase);
  });

  it('a change without --rekey says truthfully that old copies still open with the old passphrase', async () => {
    const { vault } = await createVault('changed-without-rekey');
    const change = await runCli(sandbox, ['passphrase', 'change', '--vault', vault], { env: { MUTUAL_LEDGER_PASSPHRASE: first, MUTUAL_LEDGER_NEW_PASSPHRASE: second } });
    expect(change.code).toBe(0);
    expect(change.stdout).toContain('The old passphrase no longer opens this vault; a copy of the vault folder');
    expect(change.stdout).toContain('mutual-ledger rekey --vault');
  });

  it('rekey --json changes the key; a key-slot copy taken before no longer matches the ledger', async () => {
    const { vault } = await createVault('rekeyed');
    const backup = path.join(sandbox.root, 'secrets', 'key-slots-before.json');
    const saved = await runCli(sandbox, ['key-slots', 'backup', '--vault', vault, '--copy-to', backup, '--json'], asTreasurer(first));
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toEqual({ path: backup });
    expect(readFileSync(backup, 'utf8')).toBe(readFileSync(path.join(vault, 'key-slots.json'), 'utf8'));
    const again = await runCli(sandbox, ['key-slots', 'backup', '--vault', vault, '--copy-to', backup], asTreasurer(first));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('nothing was overwritten');

    const rekey = await runCli(sandbox, ['rekey', '--vault', vault, '--json'], asTreasurer(first));
    expect(rekey.code).toBe(0);
    expect(JSON.parse(rekey.stdout)).toMatchObject({ rekeyed: true, newRecoveryCode: null });
    expect(readFileSync(backup, 'utf8')).not.toBe(readFileSync(path.join(vault, 'key-slots.json'), 'utf8'));
  });

  it('auto-lock --minutes sets a longer time, confirmed with the secret it unlocked with', async () => {
    const { vault } = await unchanged();
    const run = await runCli(sandbox, ['auto-lock', '--vault', vault, '--minutes', '30', '--json'], asTreasurer(first));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ autoLockSeconds: 1800 });
    expect((await runCli(sandbox, ['auto-lock', '--vault', vault, '--minutes', 'soon'], asTreasurer(first))).code).toBe(2);
  });
});
