import { describe, expect, it } from 'vitest';
import { entryKinds, recordFieldsByKind, type RecordField } from '../../shared/contract/index.ts';
import { oneErrorLine, runCli, sandboxForThisFile } from './cliRunner.ts';

// `mutual-ledger record KIND` takes the flags of the fields the contract gives KIND, and refuses the
// others by name, as a usage error (exit 2) before any passphrase is asked for: no passphrase is given
// here and the vault folder does not exist, so a run that got further would say something else.
const sandbox = sandboxForThisFile();
const vault = sandbox.vault('never-made');

/** The flag of each field only some kinds take, with a value it accepts: the CLI's public interface. */
const flags: Partial<Record<RecordField, [flag: string, value: string]>> = {
  toAccountId: ['--to-account', 'Venmo'],
  toFundId: ['--to-fund', 'Bail fund'],
  direction: ['--direction', 'out'],
  category: ['--category', 'food'],
  recipientCode: ['--recipient', 'R-7KQ2MX'],
};
const common = ['--vault', vault, '--account', 'Credit union', '--amount', '5'];
/** The flags a kind needs beyond the common ones, so that only the flag under test is wrong. */
const needed = (kind: (typeof entryKinds)[number]) => recordFieldsByKind[kind].needs.flatMap((field) => flags[field] ?? []);

describe('mutual-ledger record KIND and its flags', () => {
  it('has a flag for every field some kind does without', () => {
    const everyKind = (field: RecordField) => entryKinds.every((kind) => recordFieldsByKind[kind].takes.includes(field));
    const someKinds = [...new Set(entryKinds.flatMap((kind) => recordFieldsByKind[kind].takes))].filter((field) => !everyKind(field));
    expect(someKinds.sort()).toEqual(Object.keys(flags).sort());
  });

  const refused = entryKinds.flatMap((kind) =>
    Object.entries(flags)
      .filter(([field]) => !recordFieldsByKind[kind].takes.includes(field as RecordField))
      .map(([, [flag, value]]) => [kind, flag, value] as const),
  );
  it('refuses, before the passphrase, every flag a kind has no field for, naming the kind and the flag', async () => {
    const runs = await Promise.all(refused.map(([kind, flag, value]) => runCli(sandbox, ['record', kind, ...common, ...needed(kind), flag, value])));
    // Three or four flags refused for each of the five kinds (the table in tests/shared/recordInput.test.ts).
    expect(refused.length).toBe(16);
    refused.forEach(([kind, flag], index) => {
      const run = runs[index]!;
      expect(run.code, `${kind} ${flag}`).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(oneErrorLine);
      expect(run.stderr, `${kind} ${flag}`).toContain(`A ${kind} does not take ${flag}. See: mutual-ledger record --help`);
    });
  });

  it('takes every flag a kind has a field for: the run goes on to look for the vault', async () => {
    const runs = await Promise.all(
      entryKinds.map((kind) => {
        const own = recordFieldsByKind[kind].takes.flatMap((field) => flags[field] ?? []);
        return runCli(sandbox, ['record', kind, ...common, ...own]);
      }),
    );
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(oneErrorLine);
      expect(run.stderr).toContain(`There is no vault in ${vault}.`);
    }
  });

  it('says what a kind needs when its flag is left out', async () => {
    const [transfer, adjustment] = await Promise.all([runCli(sandbox, ['record', 'transfer', ...common]), runCli(sandbox, ['record', 'adjustment', ...common])]);
    expect(transfer.stderr).toBe('mutual-ledger: A transfer needs --to-account ACCOUNT (the same account as --account when only the fund changes).\n');
    expect(transfer.code).toBe(2);
    expect(adjustment.stderr).toBe('mutual-ledger: An adjustment needs --direction in (adds to the account) or --direction out (takes from it).\n');
    expect(adjustment.code).toBe(2);
  });
});
