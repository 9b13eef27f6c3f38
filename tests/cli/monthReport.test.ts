// `mutual-ledger report`: a month's report for the meeting, in words and in --json, in both languages,
// and its refusals. Synthetic data only, in months long past so every figure is fixed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MonthReport } from '../../shared/contract/index.ts';
import { sandboxForThisFile } from './cliRunner.ts';
import { addTwoAccounts, cliOn, organisationAccount, seedVault } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger report --month', () => {
  const vault = sandbox.vault('month-report');
  const cli = cliOn(sandbox, vault);
  let ids: { bank: number; venmo: number; cash: number; bail: number };

  beforeAll(async () => {
    ids = await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      const cash = await client.accounts.add({ name: 'Caja', kind: 'cash-box', currency: 'EUR', ...organisationAccount });
      const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
      const record = client.ledger.record;
      await record({ kind: 'contribution', date: '2025-08-15', amount: 100_000, accountId: bank.id, category: 'grant' });
      await record({ kind: 'contribution', date: '2025-09-03', amount: 25_000, accountId: venmo.id, fundId: bail.id, category: 'donation' });
      await record({ kind: 'disbursement', date: '2025-09-05', amount: 12_345, accountId: bank.id, category: 'rent' });
      await record({ kind: 'transfer', date: '2025-09-10', amount: 20_000, accountId: bank.id, toAccountId: bank.id, toFundId: bail.id });
      await record({ kind: 'fee', date: '2025-09-12', amount: 150, accountId: venmo.id, fundId: bail.id, category: 'other' });
      await record({ kind: 'contribution', date: '2025-09-20', amount: 4_000, accountId: cash.id, category: 'dues' });
      await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2025-09-25', reason: 'Platform review' });
      return { bank: bank.id, venmo: venmo.id, cash: cash.id, bail: bail.id };
    });
  }, 60_000);

  it('--json: per currency, the categories, and each fund and account from opening to closing', async () => {
    const report = await cli.json<MonthReport>(['report', '--month', '2025-09']);
    expect(report.month).toBe('2025-09');
    expect(report.shredded).toBe(false);
    expect(report.currencies.map((each) => each.currency)).toEqual(['EUR', 'USD']);
    const usd = report.currencies[1];
    expect(usd?.entries).toBe(4);
    expect(usd?.total).toEqual({ moneyIn: 25_000, moneyOut: 12_495, adjusted: 0 });
    expect(usd?.categories).toEqual([
      { category: 'donation', entries: 1, moneyIn: 25_000, moneyOut: 0 },
      { category: 'other', entries: 1, moneyIn: 0, moneyOut: 150 },
      { category: 'rent', entries: 1, moneyIn: 0, moneyOut: 12_345 },
    ]);
    expect(usd?.funds).toEqual([
      { fundId: 1, name: 'General', restricted: false, opening: 100_000, moneyIn: 0, moneyOut: 12_345, adjusted: 0, transfers: -20_000, closing: 67_655 },
      { fundId: ids.bail, name: 'Bail fund', restricted: true, opening: 0, moneyIn: 25_000, moneyOut: 150, adjusted: 0, transfers: 20_000, closing: 44_850 },
    ]);
    expect(usd?.accounts).toEqual([
      { accountId: ids.bank, name: 'Credit union', statusAtClose: 'active', opening: 100_000, moneyIn: 0, moneyOut: 12_345, adjusted: 0, transfers: 0, closing: 87_655 },
      { accountId: ids.venmo, name: 'Venmo', statusAtClose: 'frozen', opening: 0, moneyIn: 25_000, moneyOut: 150, adjusted: 0, transfers: 0, closing: 24_850 },
    ]);
    expect(report.currencies[0]?.accounts.map((each) => [each.name, each.closing])).toEqual([['Caja', 4_000]]);
    // The month before holds the opening balance's entry alone; a month with nothing held nor moved, nothing.
    expect((await cli.json<MonthReport>(['report', '--month', '2025-08'])).currencies[0]?.categories).toEqual([{ category: 'grant', entries: 1, moneyIn: 100_000, moneyOut: 0 }]);
    expect(await cli.json<MonthReport>(['report', '--month', '2025-07'])).toEqual({ month: '2025-07', shredded: false, currencies: [] });
  });

  it('prints the tables a meeting reads, with a total under each, in English and in Spanish', async () => {
    const english = await cli.run(['report', '--month', '2025-09']);
    expect(english.stderr).toBe('');
    expect(english.code).toBe(0);
    const lines = english.stdout.split('\n');
    expect(lines[0]).toBe('Report for September 2025');
    expect(lines).toContain('In USD');
    expect(lines).toContainEqual(expect.stringMatching(/^Rent +1 +\$0\.00 +\$123\.45$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Total +4 +\$250\.00 +\$124\.95$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Bail fund \(restricted\) +\$0\.00 +\$250\.00 +\$1\.50 +\$0\.00 +\$200\.00 +\$448\.50$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Venmo \(frozen\) +\$0\.00 +\$250\.00 +\$1\.50 +\$0\.00 +\$0\.00 +\$248\.50$/));
    // The funds and the accounts hold the same money: their totals close alike.
    expect(lines.filter((line) => /^Total +\$1,000\.00 +\$250\.00 +\$124\.95 +\$0\.00 +\$0\.00 +\$1,125\.05$/.test(line))).toHaveLength(2);
    const spanish = await cli.run(['report', '--month', '2025-09', '--lang', 'es']);
    expect(spanish.code).toBe(0);
    expect(spanish.stdout.split('\n')[0]).toBe('Informe de septiembre de 2025');
    expect(spanish.stdout).toContain('SALDO INICIAL');
    expect(spanish.stdout).toMatch(/Alquiler +1 /);
  });

  it('refuses a month written another way as a usage error, and a month not begun, changing nothing', async () => {
    const day = await cli.run(['report', '--month', '2025-09-01']);
    expect(day.code).toBe(2);
    expect(day.stderr).toContain('--month');
    const future = await cli.run(['report', '--month', '2999-01']);
    expect(future.code).not.toBe(0);
    expect(future.stderr).toContain('2999-01 has not begun');
  });
});
