import { describe, expect, it } from 'vitest';
import { errorCode, sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';
import { daysAgo, organisationAccount, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger account rename|archive, fund rename|archive', () => {
  const vault = sandbox.vault('names');
  const run = (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv);

  it('renames an account and a fund by their old names; the entry and the list follow, and verify holds', async () => {
    await seedVault(vault, async (client) => {
      const venmo = await client.accounts.add({ name: 'Venmo', kind: 'venmo', currency: 'USD', ...organisationAccount });
      await client.funds.add({ name: 'Bail fnd', restricted: true, purpose: 'Bail only' });
      await client.ledger.record({ kind: 'contribution', date: daysAgo(3), amount: 4_200, accountId: venmo.id, fundId: 2 });
    });
    const account = await run(['account', 'rename', '--account', 'venmo', '--name', 'Venmo (food)']);
    expect(account.stderr).toBe('');
    expect(account.stdout).toBe('#1 "Venmo" is now called "Venmo (food)".\n');
    const fund = await run(['fund', 'rename', '--fund', 'BAIL FND', '--name', 'Bail fund', '--json']);
    expect(JSON.parse(fund.stdout)).toMatchObject({ id: 2, name: 'Bail fund', formerNames: [{ name: 'Bail fnd' }] });
    const listed = JSON.parse((await run(['list', '--json'])).stdout) as { entries: Array<{ accountName: string; fundName: string }> };
    expect(listed.entries[0]).toMatchObject({ accountName: 'Venmo (food)', fundName: 'Bail fund' });
    expect((await run(['verify'])).code).toBe(0);
  });

  it('refuses a taken name with one clear line, and changes nothing', async () => {
    await run(['account', 'add', '--name', 'Cash box', '--kind', 'cash-box', '--currency', 'USD']);
    const refused = await run(['account', 'rename', '--account', 'Cash box', '--name', 'venmo (FOOD)']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(oneErrorLine);
    expect(refused.stderr).toContain('There is already an account called "Venmo (food)"');
    expect(JSON.parse((await run(['account', 'list', '--json'])).stdout).accounts.map((listed: { name: string }) => listed.name)).toEqual(['Cash box', 'Venmo (food)']);
  });

  it('archives the empty account, refuses one with money and an entry on the archived one, then restores it', async () => {
    const archived = await run(['account', 'archive', '--account', 'cash box']);
    expect(archived.stdout).toBe('#2 "Cash box" is archived: it takes no new entries until it is restored (--restore).\n');
    expect((await run(['account', 'list'])).stdout).toMatch(/Cash box .*archived/);
    const full = await run(['account', 'archive', '--account', 'Venmo (food)', '--json']);
    expect(errorCode(full)).toBe('INVALID_INPUT');
    const entry = await run(['record', 'contribution', '--account', 'Cash box', '--amount', '5', '--date', daysAgo(1)]);
    expect(entry.stderr).toContain('Cash box is archived');
    const restored = await run(['account', 'archive', '--account', 'Cash box', '--restore', '--json']);
    expect(JSON.parse(restored.stdout)).toMatchObject({ name: 'Cash box', archived: false });
  });

  it('archives a fund made by a slip; the general fund stays', async () => {
    await run(['fund', 'add', '--name', 'Bial']);
    expect((await run(['fund', 'archive', '--fund', 'bial'])).code).toBe(0);
    expect((await run(['fund', 'list'])).stdout).toContain('Bial (archived)');
    const general = await run(['fund', 'archive', '--fund', '1']);
    expect(general.stderr).toContain('The general fund is where every entry goes');
  });

  it('refuses a restricted fund without a purpose', async () => {
    const refused = await run(['fund', 'add', '--name', 'Rent', '--restricted']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Say what a restricted fund may be spent on');
  });
});
