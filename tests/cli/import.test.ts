// `import FILE`, `rule add|list|remove|move` and `mapping add|list|remove`, run as a treasurer or a
// script would: a dry run that writes nothing, an import that books once however often it runs, a
// bank's CSV read through a saved mapping, rules that change the categories proposed, and bad flags
// refused before anything is unlocked. Synthetic fixtures only.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CategoryRule, ColumnMapping } from '../../shared/contract/index.ts';
import type { ImportShown } from '../../electron/cli/runs/importStatement.ts';
import { errorCode, oneErrorLine, sandboxForThisFile } from './cliRunner.ts';
import { addTwoAccounts, cliOn, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();
const fixture = (name: string) => fileURLToPath(new URL(`../core/import/fixtures/${name}`, import.meta.url));

async function vaultWithAccounts(name: string) {
  const vault = sandbox.vault(name);
  await seedVault(vault, addTwoAccounts);
  return cliOn(sandbox, vault);
}

describe('mutual-ledger import', () => {
  it('previews with --dry-run, writing nothing, then imports once however often it is run', async () => {
    const { run, json } = await vaultWithAccounts('venmo');
    const venmo = ['import', fixture('venmo.csv'), '--account', 'venmo', '--linked-account', 'credit union'];
    const dry = await json<ImportShown>([...venmo, '--dry-run']);
    expect(dry).toMatchObject({ format: 'venmo', dryRun: true, imported: null, counts: { book: 5, notBooked: 2, problem: 0 }, balances: { agree: true } });
    expect((await json<{ entries: unknown[] }>(['list'])).entries).toHaveLength(0);

    const text = await run(venmo);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Read as a Venmo statement of Venmo, with Credit union behind it.');
    expect(text.stdout).toMatch(/To book +5\n/u);
    expect(text.stdout).toContain('Imported: entries #1 to #6.');
    expect(text.stdout).toMatch(/ +9 +9 Nov 2026 +-\$300\.00 +Not money that moved +Pending on the platform/u);
    expect(text.stdout).not.toMatch(/Avery|Jordan|Riley/u);

    const again = await json<ImportShown>(venmo);
    expect(again).toMatchObject({ imported: null, counts: { book: 0, duplicate: 5 } });
    expect((await run(venmo)).stdout).toContain('Nothing new to book: the ledger already holds this statement.');
  });

  it('refuses the whole import when a row needs something it was not given, naming the lines', async () => {
    const { run, json } = await vaultWithAccounts('refused');
    const refused = await run(['import', fixture('venmo.csv'), '--account', 'venmo']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(oneErrorLine);
    expect(refused.stderr).toContain('3 rows of the statement cannot be booked as they stand, so nothing was imported. Line 7:');
    expect((await run(['import', fixture('venmo.csv'), '--account', 'venmo', '--json'])).stderr).toContain('"key":"import.refusedForProblems"');
    expect((await json<{ entries: unknown[] }>(['list'])).entries).toHaveLength(0);
  });

  it('refuses a file of another kind, a wrong format and bad flags clearly, before unlocking where it can', async () => {
    const { run } = await vaultWithAccounts('other');
    const notAStatement = await run(['import', fixture('venmo.csv'), '--account', 'venmo', '--format', 'ofx', '--json']);
    expect(errorCode(notAStatement)).toBe('INVALID_INPUT');
    expect(notAStatement.stderr).toContain('This file does not read as OFX');
    const unknown = await run(['import', '-', '--account', 'venmo'], { ...unlockEnv, input: 'Just some notes\nnothing like a statement\n' });
    expect(unknown.stderr).toContain('This file is not a statement Mutual Ledger knows');
    // Usage errors: no passphrase is needed to be told.
    expect((await run(['import', fixture('venmo.csv'), '--account', 'venmo', '--format', 'qif'], {})).code).toBe(2);
    expect((await run(['import', fixture('venmo.csv'), '--account', 'venmo', '--book-anyway', '6,x'], {})).code).toBe(2);
    expect((await run(['import', fixture('no-such-file.csv'), '--account', 'venmo'], {})).stderr).toContain('Cannot read');
  });

  it('reads a bank’s CSV through a saved mapping, and rules change the categories it proposes', async () => {
    const { run, json } = await vaultWithAccounts('mapped');
    const mapping = await json<ColumnMapping>([
      'mapping',
      'add',
      'Synthetic Credit Union',
      '--date-column',
      'Date',
      '--date-format',
      'DD/MM/YYYY',
      '--decimal',
      ',',
      '--in-column',
      'In',
      '--out-column',
      'Out',
      '--description-column',
      'Description',
    ]);
    expect(mapping).toMatchObject({ name: 'Synthetic Credit Union', inColumn: 'In' });
    expect((await json<ColumnMapping[]>(['mapping', 'list'])).map((saved) => saved.name)).toEqual(['Synthetic Credit Union']);
    const both = await run(['mapping', 'add', 'Both', '--date-column', 'Date', '--date-format', 'DD/MM/YYYY', '--amount-column', 'Amount', '--in-column', 'In', '--out-column', 'Out'], {});
    expect(both.code).toBe(2);

    const rule = await json<CategoryRule>(['rule', 'add', '--contains', 'service charge', '--category', 'utilities', '--direction', 'out']);
    expect((await json<CategoryRule[]>(['rule', 'list'])).map((each) => each.contains)).toEqual(['service charge']);
    const preview = await json<ImportShown>(['import', fixture('bank.csv'), '--account', 'credit union', '--mapping', 'synthetic credit union', '--dry-run']);
    expect(preview.format).toBe('csv');
    expect(preview.rows.some((row) => row.ruleApplied && row.entries[0]?.category === 'utilities')).toBe(true);
    await json(['rule', 'remove', String(rule.id)]);
    expect(await json<CategoryRule[]>(['rule', 'list'])).toEqual([]);
    expect((await run(['mapping', 'remove', 'synthetic credit union'])).stdout).toContain('Removed the column mapping Synthetic Credit Union.');
  });
});
