// The money on hand at the foot of `account list` and `fund list`, and in `balance`: every balance added
// up per currency, the same figures in the three, in words and in --json. Synthetic data only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Money, Output } from '../../shared/contract/index.ts';
import { sandboxForThisFile, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, cliOn, daysAgo, organisationAccount, seedVault } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

/** The test's own sum: what every total must equal. */
function addedUp(amounts: Money[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { currency, amount } of amounts) totals[currency] = (totals[currency] ?? 0) + amount;
  return totals;
}
const asRecord = (totals: Money[]) => Object.fromEntries(totals.map(({ currency, amount }) => [currency, amount]));

describe('mutual-ledger account list, fund list and balance: the money on hand per currency', () => {
  const vault = sandbox.vault('on-hand');
  const cli = cliOn(sandbox, vault);
  let accounts: Output<'accounts.list'>;
  let funds: Output<'funds.list'>;
  let balances: Output<'ledger.balances'>;
  let text: Record<'accounts' | 'funds' | 'balance', CliRun>;

  beforeAll(async () => {
    await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      const cash = await client.accounts.add({ name: 'Cash box', kind: 'cash-box', currency: 'EUR', ...organisationAccount });
      const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
      const record = client.ledger.record;
      await record({ kind: 'contribution', date: daysAgo(9), amount: 150_000, accountId: bank.id });
      await record({ kind: 'contribution', date: daysAgo(8), amount: 25_000, accountId: venmo.id, fundId: bail.id });
      await record({ kind: 'disbursement', date: daysAgo(7), amount: 12_345, accountId: bank.id, category: 'rent' });
      await record({ kind: 'contribution', date: daysAgo(6), amount: 4_000, accountId: cash.id, fundId: bail.id });
      await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: daysAgo(5), reason: 'Platform review' });
    });
    // Every run only reads, so they go side by side.
    [accounts, funds, balances] = await Promise.all([
      cli.json<Output<'accounts.list'>>(['account', 'list']),
      cli.json<Output<'funds.list'>>(['fund', 'list']),
      cli.json<Output<'ledger.balances'>>(['balance']),
    ]);
    const [accountsText, fundsText, balanceText] = await Promise.all([cli.run(['account', 'list']), cli.run(['fund', 'list']), cli.run(['balance'])]);
    text = { accounts: accountsText, funds: fundsText, balance: balanceText };
  }, 60_000);

  it('--json: the totals equal the sum of the balances in each currency, and agree across the three commands', () => {
    const expected = addedUp(accounts.accounts.map((account) => ({ currency: account.currency, amount: account.balance })));
    expect(expected).toEqual({ USD: 162_655, EUR: 4_000 });
    expect(accounts.onHand).toEqual([
      { currency: 'EUR', amount: 4_000, inFrozen: 0 },
      { currency: 'USD', amount: 162_655, inFrozen: 25_000 },
    ]);
    expect(addedUp(funds.flatMap((fund) => fund.balances))).toEqual(expected);
    expect(asRecord(balances.currencies)).toEqual(expected);
  });

  it('account list: one "Money on hand" line per currency under the balances, with the part in frozen accounts', () => {
    expect(text.accounts.stderr).toBe('');
    expect(text.accounts.code).toBe(0);
    const lines = text.accounts.stdout.split('\n');
    const header = lines[0] ?? '';
    const onHand = lines.filter((line) => line.includes('Money on hand'));
    expect(onHand).toHaveLength(2);
    expect(onHand[0]).toMatch(/^ +Money on hand +EUR +€40\.00$/);
    expect(onHand[1]).toMatch(/^ +Money on hand +USD +\$1,626\.55 +of which \$250\.00 in frozen accounts$/);
    // The totals line up under the balances: their last character in the BALANCE column's.
    const balanceEnd = header.indexOf('BALANCE') + 'BALANCE'.length;
    const endOf = (line: string | undefined, amount: string) => (line ?? '').indexOf(amount) + amount.length;
    expect([endOf(onHand[0], '€40.00'), endOf(onHand[1], '$1,626.55')]).toEqual([balanceEnd, balanceEnd]);
  });

  it('fund list: the funds together, per currency, at the foot', () => {
    expect(text.funds.code).toBe(0);
    const onHand = text.funds.stdout.split('\n').filter((line) => line.includes('Money on hand'));
    expect(onHand).toEqual([expect.stringMatching(/^ +Money on hand +€40\.00$/), expect.stringMatching(/^ +Money on hand +\$1,626\.55$/)]);
  });

  it('balance: the same figures under ON HAND', () => {
    expect(text.balance.code).toBe(0);
    expect(text.balance.stdout).toMatch(/CUR +ON HAND\nEUR +€40\.00\nUSD +\$1,626\.55/);
  });
});
