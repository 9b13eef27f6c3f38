// `backup --to DIR` and `restore BACKUP --vault DIR`, run as a treasurer would: a backup onto a
// "stick", the status line that says when it was made, and a new vault made from it that shows the
// same entries and anchor. Usage errors and refusals change nothing. Synthetic data only.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../shared/contract/index.ts';
import { writtenAnchor } from '../../shared/writtenHead.ts';
import { errorCode, oneErrorLine, runCli, sandboxForThisFile } from './cliRunner.ts';
import { addTwoAccounts, cliOn, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('backups on the command line', () => {
  it('backs up to a folder, says so in status, and restores to a new vault with the same entries and anchor', async () => {
    const vault = sandbox.vault('backed-up');
    await seedVault(vault, async (client) => {
      const { bank } = await addTwoAccounts(client);
      for (let day = 1; day <= 12; day += 1)
        await client.ledger.record({ kind: 'contribution', date: `2026-10-${String(day).padStart(2, '0')}`, amount: 1_000 + day, accountId: bank.id, memo: `Dues ${day}` });
    });
    const usb = path.join(sandbox.root, 'secrets', 'usb');
    mkdirSync(usb);
    const cli = cliOn(sandbox, vault);

    const before = await cli.json<{ backup: Output<'backup.status'> }>(['status']);
    expect(before.backup).toEqual({ reminderDays: 7, last: null, due: true });
    expect((await cli.run(['status'])).stdout).toMatch(/Last backup\s+never/);

    const { sweptUnfinished, ...made } = await cli.json<Output<'backup.make'>>(['backup', '--to', usb]);
    expect(sweptUnfinished).toEqual([]);
    expect(made).toMatchObject({ entries: 12 });
    expect(path.dirname(made.folder)).toBe(usb);
    expect(path.basename(made.folder)).toMatch(/^mutual-ledger-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(readdirSync(made.folder).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);

    const after = await cli.json<{ ledger: Output<'ledger.head'>; backup: Output<'backup.status'> }>(['status']);
    expect(after.backup).toEqual({ reminderDays: 7, last: made, due: false });
    expect(after.ledger.anchor).toEqual(made.anchor);
    const statusText = (await cli.run(['status'])).stdout;
    expect(statusText).toContain(made.folder);
    expect(statusText).toMatch(/Back up\s+every 7 days\n/);

    const restoredDir = sandbox.vault('restored');
    const restored = await runCli(sandbox, ['restore', made.folder, '--vault', restoredDir, '--json'], unlockEnv);
    expect(restored.stderr).toBe('');
    expect(JSON.parse(restored.stdout)).toEqual({ vaultDir: restoredDir, entries: 12, anchor: made.anchor });
    const restoredStatus = await runCli(sandbox, ['status', '--vault', restoredDir], unlockEnv);
    expect(restoredStatus.stdout).toContain(writtenAnchor(made.anchor));

    // In words, it says which passphrase opens the restored vault.
    const inWords = await runCli(sandbox, ['restore', made.folder, '--vault', sandbox.vault('restored-again')], unlockEnv);
    expect(inWords.stdout).toContain('Unlock it with the passphrase (or recovery code) that was current when the backup was made.');
    expect(inWords.stdout).toContain(writtenAnchor(made.anchor));

    // A backup the app left unfinished (a crash before its folder took its name) is swept by the next one, which says so.
    const unfinished = path.join(usb, '.mutual-ledger-backup-2026-01-02T03-04-05Z.in-making');
    renameSync(made.folder, unfinished);
    const next = await cli.run(['backup', '--to', usb]);
    expect(next.stderr).toBe('');
    expect(next.stdout).toContain(`A backup of this vault that the app left unfinished here when it stopped part way (${unfinished}) was removed. Nothing is lost:`);
    expect(readdirSync(usb)).toHaveLength(1);
  }, 120_000);

  it('refuses a usage error, a folder inside the vault and a restore over a folder that exists, changing nothing', async () => {
    const vault = sandbox.vault('refusals');
    await seedVault(vault);
    const cli = cliOn(sandbox, vault);
    const noTarget = await cli.run(['backup']);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--to DIR');

    const inside = await cli.run(['backup', '--to', vault]);
    expect(inside.code).toBe(1);
    expect(inside.stderr).toMatch(oneErrorLine);
    expect(inside.stderr).toContain('cannot be kept inside the vault folder');
    expect(errorCode(await cli.run(['backup', '--to', vault, '--json']))).toBe('NOT_PERMITTED');
    expect(readdirSync(vault).filter((name) => name.startsWith('mutual-ledger-backup') || name.startsWith('.mutual-ledger-backup'))).toEqual([]);

    const usb = path.join(sandbox.root, 'secrets', 'usb-refusals');
    mkdirSync(usb);
    const made = await cli.json<Output<'backup.make'>>(['backup', '--to', usb]);
    const taken = sandbox.vault('taken');
    mkdirSync(taken);
    const over = await runCli(sandbox, ['restore', made.folder, '--vault', taken, '--json'], unlockEnv);
    expect(over.code).toBe(1);
    expect(errorCode(over)).toBe('NOT_PERMITTED');
    expect(readdirSync(taken)).toEqual([]);
    const wrong = await runCli(sandbox, ['restore', made.folder, '--vault', sandbox.vault('never-made')], { env: { MUTUAL_LEDGER_PASSPHRASE: 'copper meadow whistle harbour' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('passphrase, or the recovery code, that was current when it was made');
    expect(readdirSync(path.dirname(vault)).filter((name) => name.includes('never-made'))).toEqual([]);
  }, 120_000);
});
