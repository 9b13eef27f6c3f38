import { describe, expect, it } from 'vitest';
import { formatDay } from '../../shared/messages/dates.ts';
import { sandboxForThisFile, oneErrorLine, runCli } from './cliRunner.ts';
import { daysAgo, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe('mutual-ledger account add, fund add, record and balance', () => {
  const vault = sandbox.vault('record');
  const run = (args: string[]) => runCli(sandbox, [...args, '--vault', vault], unlockEnv);

  it("account add registers accounts; a member's personal account is flagged", async () => {
    await seedVault(vault);
    const bank = await run(['account', 'add', '--name', 'Credit union', '--kind', 'credit-union', '--currency', 'usd', '--handle', '0042', '--mfa']);
    expect(bank.stderr).toBe('');
    expect(bank.code).toBe(0);
    expect(bank.stdout).toContain('Added payment account #1 "Credit union"');
    expect(bank.stdout).toMatch(/Currency +USD/);
    expect(bank.stdout).not.toContain('Flagged');

    const venmo = await run(['account', 'add', '--name', 'Venmo', '--kind', 'venmo', '--currency', 'USD', '--holder', 'member', '--personal-phone', '--json']);
    expect(venmo.code).toBe(0);
    expect(JSON.parse(venmo.stdout)).toMatchObject({
      id: 2,
      name: 'Venmo',
      kind: 'venmo',
      currency: 'USD',
      handle: null,
      holder: 'member',
      security: { mfa: false, personalPhone: true, personalName: false, personalCard: false },
      tiedToMember: true,
      status: 'active',
      balance: 0,
    });
  });

  it("fund add creates a restricted fund; category add a category of the group's own", async () => {
    const fund = await run(['fund', 'add', '--name', 'Bail fund', '--restricted', '--purpose', 'Bail only', '--json']);
    expect(fund.code).toBe(0);
    expect(JSON.parse(fund.stdout)).toEqual({ id: 2, name: 'Bail fund', restricted: true, purpose: 'Bail only', balances: [], archived: false, formerNames: [] });
    const category = await run(['category', 'add', '--name', 'Legal fees']);
    expect(category.code).toBe(0);
    expect(category.stdout).toBe('Added the category "legal fees".\n');
  });

  it('record takes the amount as a person types it and prints the new entry', async () => {
    const contribution = await run(['record', 'contribution', '--account', 'credit UNION', '--amount', '1,200.50', '--date', daysAgo(5), '--memo', 'Monthly pledges']);
    expect(contribution.stderr).toBe('');
    expect(contribution.code).toBe(0);
    expect(contribution.stdout).toContain('Recorded entry #1.');
    expect(contribution.stdout).toMatch(/Amount +\$1,200\.50 in/);
    expect(contribution.stdout).toMatch(/Account +Credit union/);
    // Dates read with the month in words, never a bare 11/26.
    expect(contribution.stdout).toMatch(new RegExp(`Date +${formatDay(daysAgo(5), 'en')}\n`));

    // Accounts and funds by number or by name in any case; amounts in JSON are whole cents.
    const json = await run(['record', 'contribution', '--account', '2', '--amount', '$300', '--fund', 'bail FUND', '--recipient', 'd-0001', '--date', daysAgo(4), '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      seq: 2,
      kind: 'contribution',
      date: daysAgo(4),
      amount: 30000,
      direction: 'in',
      currency: 'USD',
      accountId: 2,
      accountName: 'Venmo',
      fundName: 'Bail fund',
      recipientCode: 'D-0001',
      recipientCodeGenerated: false,
      accountEffect: 30000,
      chainHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('a disbursement without a recipient code gets one generated, and says so; a transfer moves money between accounts', async () => {
    const disbursement = await run(['record', 'disbursement', '--account', 'Credit union', '--amount', '200.25', '--category', 'Legal fees', '--date', daysAgo(3)]);
    expect(disbursement.code).toBe(0);
    expect(disbursement.stdout).toMatch(/Amount +\$200\.25 out/);
    expect(disbursement.stdout).toMatch(/Category +legal fees/);
    expect(disbursement.stdout).toMatch(/Recipient +[A-Z0-9-]+ \(generated/);

    const transfer = await run(['record', 'transfer', '--account', 'Credit union', '--to-account', 'venmo', '--amount', '100', '--date', daysAgo(2), '--json']);
    expect(transfer.code).toBe(0);
    expect(JSON.parse(transfer.stdout)).toMatchObject({
      seq: 4,
      kind: 'transfer',
      amount: 10000,
      accountName: 'Credit union',
      toAccountName: 'Venmo',
      recipientCode: null,
      recipientCodeGenerated: false,
    });
  });

  it('spending a restricted fund beyond what it holds exits 1 with the amount it holds', async () => {
    const overspend = await run(['record', 'disbursement', '--account', 'Venmo', '--fund', 'Bail fund', '--amount', '400', '--category', 'bail']);
    expect(overspend.code).toBe(1);
    expect(overspend.stdout).toBe('');
    expect(overspend.stderr).toMatch(oneErrorLine);
    expect(overspend.stderr).toContain('"Bail fund" holds $300.00');
  });

  // An amount that cannot be read is bad input on the command line: exit 2 (usage), with parseAmount's reason.
  it('an amount the currency cannot hold, or that is not an amount, exits 2 with the reason', async () => {
    const [tooPrecise, notAnAmount] = await Promise.all(['12.345', 'abc'].map((amount) => run(['record', 'contribution', '--account', 'Credit union', '--amount', amount])));
    for (const bad of [tooPrecise, notAnAmount]) {
      expect(bad?.code).toBe(2);
      expect(bad?.stdout).toBe('');
      expect(bad?.stderr).toMatch(oneErrorLine);
    }
    expect(tooPrecise?.stderr).toContain('--amount 12.345: USD has only 2 decimal places.');
    expect(notAnAmount?.stderr).toContain('--amount abc: "abc" is not an amount. Write it like 1,200.50.');
  });

  it('balance shows each account, each fund and each currency; nothing refused was written', async () => {
    const [text, json] = await Promise.all([run(['balance']), run(['balance', '--json'])]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Credit union +USD +\$900\.25$/m);
    expect(text.stdout).toMatch(/^Venmo +USD +\$400\.00$/m);
    expect(text.stdout).toMatch(/^General +USD +\$1,000\.25$/m);
    expect(text.stdout).toMatch(/^Bail fund \(restricted\) +USD +\$300\.00$/m);
    expect(text.stdout).toMatch(/^USD +\$1,300\.25$/m);

    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      accounts: [
        { accountId: 1, name: 'Credit union', currency: 'USD', balance: 90025 },
        { accountId: 2, name: 'Venmo', currency: 'USD', balance: 40000 },
      ],
      funds: [
        { fundId: 1, name: 'General', restricted: false, currency: 'USD', balance: 100025 },
        { fundId: 2, name: 'Bail fund', restricted: true, currency: 'USD', balance: 30000 },
      ],
      currencies: [{ currency: 'USD', amount: 130025 }],
    });
  });

  it('usage mistakes exit 2 before the passphrase is asked for; record --help documents KIND and that exit', async () => {
    // No passphrase is given: these stop at the command line. They touch no vault, so they run side by side.
    const [noKind, noTarget, help] = await Promise.all([
      runCli(sandbox, ['record', '--vault', vault]),
      runCli(sandbox, ['record', 'transfer', '--vault', vault, '--account', 'Venmo', '--amount', '5']),
      runCli(sandbox, ['record', '--help']),
    ]);
    expect(noKind.code).toBe(2);
    expect(noKind.stderr).toMatch(oneErrorLine);
    expect(noKind.stderr).toContain('"record" needs KIND: contribution, disbursement, transfer, fee, adjustment.');
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toMatch(oneErrorLine);
    expect(noTarget.stderr).toContain('A transfer needs --to-account');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: mutual-ledger record KIND --vault DIR [flags]');
    expect(help.stdout).toContain('--amount AMOUNT');
    expect(help.stdout).toContain('is a usage error\n(exit 2)');
  });
});
