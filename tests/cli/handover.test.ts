// `handover identity|export|import` and `retire`, run as two treasurers would on their two laptops,
// with Debian's age tool in between: the file the CLI writes opens with `age -d`, and a payload
// locked again by `age -r` imports. Usage errors and refusals change nothing. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../shared/contract/index.ts';
import { writtenAnchor } from '../../shared/writtenHead.ts';
import { oneErrorLine, runCli, sandboxForThisFile, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, cliOn, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();
const newPassphrase = 'copper meadow whistle harbour';

/** The one line a refusal prints on stderr, with the line breaks of the terminal's width joined. */
function refusal(run: CliRun): string {
  expect(run.stderr).toMatch(oneErrorLine);
  return run.stderr;
}

describe('handing the role over on the command line', () => {
  it('goes from identity to export to `age` and back to import, and the old vault retires with the new one’s anchor', async () => {
    const old = sandbox.vault('old');
    await seedVault(old, async (client) => {
      const { bank } = await addTwoAccounts(client);
      for (let day = 1; day <= 20; day += 1)
        await client.ledger.record({ kind: 'contribution', date: `2026-10-${String(day).padStart(2, '0')}`, amount: 1_000 + day, accountId: bank.id, memo: `Dues ${day}` });
    });
    const keyFile = path.join(sandbox.root, 'secrets', 'receiving.txt');
    const identityRun = await runCli(sandbox, ['handover', 'identity', '--classic', '-o', keyFile, '--json']);
    expect(identityRun.stderr).toBe('');
    const identity = JSON.parse(identityRun.stdout) as Output<'handover.identity'>;
    expect(identity).toMatchObject({ kind: 'classic', path: keyFile });

    const file = path.join(sandbox.root, 'secrets', 'handover.age');
    const exported = await cliOn(sandbox, old).json<Output<'handover.export'>>(['handover', 'export', '--to', identity.recipient, '-o', file]);
    expect(exported).toMatchObject({ path: file, entries: 20, recipient: { fingerprint: identity.fingerprint }, passphrase: null });

    // Debian's age opens it: the documented payload, its header first.
    const payload = execFileSync('age', ['-d', '-i', keyFile, file]);
    expect(JSON.parse(payload.toString('utf8').split('\n')[0] ?? '')).toMatchObject({ format: 'mutual-ledger/handover', version: 1, entries: 20, anchor: exported.anchor });
    // Locked again by age itself, it imports.
    const plain = path.join(sandbox.root, 'secrets', 'payload.jsonl');
    writeFileSync(plain, payload);
    const byAge = path.join(sandbox.root, 'secrets', 'by-age.age');
    execFileSync('age', ['-r', identity.recipient, '-o', byAge, plain]);
    const fresh = sandbox.vault('new');
    const imported = await runCli(sandbox, ['handover', 'import', byAge, '--vault', fresh, '--identity', keyFile, '--json'], { env: { MUTUAL_LEDGER_NEW_PASSPHRASE: newPassphrase } });
    expect(imported.stderr).toBe('');
    const received = JSON.parse(imported.stdout) as Output<'handover.receive'>;
    expect(received).toMatchObject({ vaultDir: fresh, entries: 20, anchor: exported.anchor, groupKeyFingerprint: exported.groupKeyFingerprint, identityDestroyed: keyFile });
    expect(existsSync(keyFile)).toBe(false);
    const status = await runCli(sandbox, ['status', '--vault', fresh], { env: { MUTUAL_LEDGER_PASSPHRASE: newPassphrase } });
    expect(status.stdout).toContain(writtenAnchor(exported.anchor));

    // The old vault retires only with the anchor the new one shows.
    const wrong = await cliOn(sandbox, old).run(['retire', '--anchor', `${exported.anchor.entriesSeq}:${exported.anchor.factsSeq}:${'0'.repeat(64)}`]);
    expect(wrong.code).toBe(1);
    expect(refusal(wrong)).toContain('is not this vault’s');
    const retired = await cliOn(sandbox, old).json<Output<'handover.retire'>>(['retire', '--anchor', writtenAnchor(received.anchor) ?? '']);
    expect(retired).toMatchObject({ retiredDir: old });
    expect(existsSync(old)).toBe(false);
  }, 120_000);

  it('locks the file to a passphrase of six words, shown once, which then opens it', async () => {
    const old = sandbox.vault('by-passphrase');
    await seedVault(old);
    const file = path.join(sandbox.root, 'secrets', 'by-passphrase.age');
    const run = await cliOn(sandbox, old).run(['handover', 'export', '--passphrase', '-o', file]);
    expect(run.stderr).toBe('');
    const passphrase = /shown only this once:\s+(\S+(?: \S+){5})\n/.exec(run.stdout)?.[1] ?? '';
    expect(passphrase.split(' ')).toHaveLength(6);
    expect(run.stdout).toContain('mutual-ledger retire --vault');
    const fresh = sandbox.vault('from-passphrase');
    const wrongFile = sandbox.secretFile('wrong-handover-passphrase', 'abacus ablaze abide abroad absence acorn\n');
    const refused = await runCli(sandbox, ['handover', 'import', file, '--vault', fresh, '--passphrase', '--handover-passphrase-file', wrongFile], {
      env: { MUTUAL_LEDGER_NEW_PASSPHRASE: newPassphrase },
    });
    expect(refused.code).toBe(1);
    expect(refusal(refused)).toContain('does not open with this key');
    expect(existsSync(fresh)).toBe(false);
    const rightFile = sandbox.secretFile('handover-passphrase', `${passphrase}\n`);
    const imported = await runCli(sandbox, ['handover', 'import', file, '--vault', fresh, '--passphrase', '--handover-passphrase-file', rightFile], {
      env: { MUTUAL_LEDGER_NEW_PASSPHRASE: newPassphrase },
    });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('Recovery code, shown only this once');
  }, 60_000);

  it('refuses what is asked wrongly before anything is written', async () => {
    const old = sandbox.vault('asked-wrongly');
    await seedVault(old);
    const notAFolder = sandbox.secretFile('not-a-folder', 'synthetic');
    const before = readdirSync(path.join(sandbox.root, 'secrets')).sort();
    const cases: Array<[string[], string]> = [
      [['handover', 'identity'], '-o FILE'],
      [['handover', 'export', '--vault', old, '-o', path.join(sandbox.root, 'secrets', 'x.age')], '--to RECIPIENT, or --passphrase'],
      [['handover', 'export', '--vault', old, '--passphrase', '--to', 'age1xyz', '-o', path.join(sandbox.root, 'secrets', 'x.age')], '--to RECIPIENT, or --passphrase'],
      [['handover', 'export', '--vault', old, '--to', 'not-a-recipient', '-o', path.join(sandbox.root, 'secrets', 'x.age')], 'starting with age1'],
      [['handover', 'export', '--vault', old, '--passphrase', '-o', path.join(old, 'inside.age')], 'inside the vault folder'],
      [['handover', 'export', '--vault', old, '--passphrase', '-o', path.join(notAFolder, 'x.age')], 'could not be written'],
      [['handover', 'import', path.join(sandbox.root, 'secrets', 'none.age'), '--vault', sandbox.vault('none')], '--identity FILE, or --passphrase'],
      [['handover', 'import', path.join(sandbox.root, 'secrets', 'none.age'), '--vault', old, '--passphrase'], 'already a vault'],
      [['retire', '--vault', old], '--anchor E:F:HASH'],
      [['retire', '--vault', old, '--anchor', '12:abc'], '--anchor'],
    ];
    for (const [args, words] of cases) {
      const run = await runCli(sandbox, args, unlockEnv);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(refusal(run), args.join(' ')).toContain(words);
    }
    expect(readdirSync(path.join(sandbox.root, 'secrets')).sort()).toEqual(before);
    expect(existsSync(sandbox.vault('none'))).toBe(false);
    expect((await cliOn(sandbox, old).run(['verify'])).code).toBe(0);
  }, 60_000);
});
