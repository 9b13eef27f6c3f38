import { describe, expect, it } from 'vitest';
import { errorCode, oneErrorLine, runCli, sandboxForThisFile } from './cliRunner.ts';
import { daysAgo, organisationAccount, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger category rename', () => {
  const vault = sandbox.vault('categories');
  const run = (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv);

  it('renames a category by its current name; the list shows the new one with the old, entries follow, and verify holds', async () => {
    await seedVault(vault, async (client) => {
      const bank = await client.accounts.add({ name: 'Credit union', kind: 'credit-union', currency: 'USD', ...organisationAccount });
      await client.categories.add({ name: 'groceris' });
      await client.ledger.record({ kind: 'disbursement', date: daysAgo(3), amount: 4_200, accountId: bank.id, category: 'groceris' });
    });
    const renamed = await run(['category', 'rename', 'Groceris', '--to', 'Groceries']);
    expect(renamed.stderr).toBe('');
    expect(renamed.stdout).toBe('The category "groceris" is now called "groceries". Its entries keep the name they were recorded with, which still finds it.\n');
    expect((await run(['category', 'list'])).stdout).toContain('groceries (the group’s own, formerly groceris)\n');
    const listed = JSON.parse((await run(['list', '--category', 'groceris', '--json'])).stdout) as { entries: Array<{ category: string }> };
    expect(listed.entries.map((entry) => entry.category)).toEqual(['groceries']);
    expect((await run(['record', 'disbursement', '--account', 'credit union', '--amount', '5', '--category', 'groceries', '--date', daysAgo(1)])).code).toBe(0);
    expect((await run(['verify'])).code).toBe(0);
  });

  it('prints the category with --json, and renames by the first name too', async () => {
    const json = await run(['category', 'rename', 'groceris', '--to', 'food bank', '--json']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toEqual({ name: 'food bank', builtIn: false, formerNames: ['groceris', 'groceries'] });
    expect(JSON.parse((await run(['category', 'list', '--json'])).stdout)).toContainEqual({ name: 'food bank', builtIn: false, formerNames: ['groceris', 'groceries'] });
  });

  it('refuses a built-in category, the first name another has, and a missing --to, each with one clear line, changing nothing', async () => {
    const builtIn = await run(['category', 'rename', 'food', '--to', 'meals']);
    expect(builtIn.stderr).toMatch(oneErrorLine);
    expect(builtIn.stderr).toContain('"food" is one of the built-in categories');
    await run(['category', 'add', '--name', 'diapers']);
    const reserved = await run(['category', 'rename', 'diapers', '--to', 'groceris', '--json']);
    expect(errorCode(reserved)).toBe('NAME_TAKEN');
    const plain = await run(['category', 'rename', 'diapers', '--to', 'groceris']);
    expect(plain.stderr).toContain('"groceris" is what "food bank" was first called: its entries still carry that name.');
    const missing = await run(['category', 'rename', 'diapers']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--to NEW');
    expect(JSON.parse((await run(['category', 'list', '--json'])).stdout).filter((category: { builtIn: boolean }) => !category.builtIn)).toEqual([
      { name: 'diapers', builtIn: false, formerNames: [] },
      { name: 'food bank', builtIn: false, formerNames: ['groceris', 'groceries'] },
    ]);
  });

  it('speaks Spanish, its help included', async () => {
    const renamed = await run(['category', 'rename', 'diapers', '--to', 'pañales', '--lang', 'es']);
    expect(renamed.stdout).toBe('La categoría «diapers» ahora se llama «pañales». Sus movimientos conservan el nombre con que se registraron, que todavía la encuentra.\n');
    expect((await run(['category', 'list', '--lang', 'es'])).stdout).toContain('pañales (propia del grupo, antes diapers)\n');
    const refused = await run(['category', 'rename', 'rent', '--to', 'alquiler', '--lang', 'es']);
    expect(refused.stderr).toContain('«rent» es una de las categorías incorporadas');
    const help = await runCli(sandbox, ['category', 'rename', '--help', '--lang', 'es']);
    expect(help.stdout).toContain('mutual-ledger category rename NAME');
    expect(help.stdout).toContain('--to NEW');
    expect(help.stdout).toContain('El nombre nuevo: letras, números, espacios y guiones.');
  });
});
