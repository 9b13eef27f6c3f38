import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/contract/index.ts';
import { sandboxForThisFile, oneErrorLine, runCli, type CliRun } from './cliRunner.ts';
import { addTwoAccounts, daysAgo, organisationAccount, seedVault, unlockEnv } from './ledgerSeed.ts';

const sandbox = sandboxForThisFile();

describe("mutual-ledger list: the ledger screen's filters, and the totals of the filtered view", () => {
  const vault = sandbox.vault('list');
  const run = (args: string[]) => runCli(sandbox, ['list', ...args, '--vault', vault], unlockEnv);
  const listJson = (listed: CliRun): { total: number; entries: Entry[]; totals: unknown[] } => {
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    return JSON.parse(listed.stdout);
  };
  const seqs = (page: { entries: Entry[] }) => page.entries.map((entry) => entry.seq);
  let runs: Record<'firstPage' | 'venmo' | 'disbursementsInWindow' | 'bakeSales' | 'combined' | 'unknownAccount' | 'badDate', CliRun>;

  beforeAll(async () => {
    await seedVault(vault, async (client) => {
      const { bank, venmo } = await addTwoAccounts(client);
      const cash = await client.accounts.add({ name: 'Cash box', kind: 'cash-box', currency: 'EUR', ...organisationAccount });
      const record = client.ledger.record;
      await record({ kind: 'contribution', date: daysAgo(30), amount: 100_000, accountId: bank.id, memo: 'Monthly pledges' }); // 1
      await record({ kind: 'contribution', date: daysAgo(28), amount: 25_000, accountId: venmo.id, memo: 'Bake sale' }); // 2
      await record({ kind: 'disbursement', date: daysAgo(26), amount: 30_000, accountId: bank.id, category: 'rent', recipientCode: 'R-AAA1', memo: 'Rent help' }); // 3
      await record({ kind: 'disbursement', date: daysAgo(21), amount: 7_550, accountId: venmo.id, category: 'food', recipientCode: 'R-BBB2', memo: 'Groceries' }); // 4
      await record({ kind: 'fee', date: daysAgo(19), amount: 225, accountId: venmo.id, memo: 'Instant transfer fee' }); // 5
      await record({ kind: 'transfer', date: daysAgo(16), amount: 10_000, accountId: bank.id, toAccountId: venmo.id }); // 6
      await record({ kind: 'disbursement', date: daysAgo(11), amount: 12_000, accountId: bank.id, category: 'rent', recipientCode: 'R-AAA1', memo: 'Rent top-up' }); // 7
      await record({ kind: 'contribution', date: daysAgo(9), amount: 4_000, accountId: cash.id, memo: 'Bake sale cash' }); // 8
    });
    // Every run only reads, so they go side by side (SQLite's WAL lets readers share the ledger): a
    // CLI run costs seconds, and the tests below only look at what each printed.
    const [firstPage, venmo, disbursementsInWindow, bakeSales, combined, unknownAccount, badDate] = await Promise.all([
      run(['--limit', '3']),
      run(['--account', 'venmo', '--json']),
      run(['--kind', 'disbursement', '--from', daysAgo(26), '--to', daysAgo(19), '--json']),
      run(['--memo-contains', 'BAKE sale', '--json']),
      run(['--account', 'Credit union', '--category', 'rent', '--recipient', 'r-aaa1', '--limit', '1', '--offset', '1']),
      run(['--account', 'Savings']),
      runCli(sandbox, ['list', '--vault', vault, '--from', '2026-13-01']),
    ]);
    runs = { firstPage, venmo, disbursementsInWindow, bakeSales, combined, unknownAccount, badDate };
  }, 60_000);

  it('prints a page newest first, the totals of everything that matches per currency, and how much is shown', () => {
    const listed = runs.firstPage;
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const rows = listed.stdout.split('\n');
    expect(rows[0]).toMatch(/^#\s+DATE\s+KIND\s+AMOUNT\s+CLEARED\s+ACCOUNT\s+FUND\s+CATEGORY\s+RECIPIENT\s+MEMO$/);
    expect(rows[1]).toMatch(/^8 +\d+ \w{3} \d{4} +contribution +\+€40\.00 +Cash box +General +other +Bake sale cash$/);
    expect(rows[2]).toMatch(/^7 +\d+ \w{3} \d{4} +disbursement +-\$120\.00 +Credit union +General +rent +R-AAA1 +Rent top-up$/);
    expect(rows[3]).toMatch(/^6 +\d+ \w{3} \d{4} +transfer +\$100\.00 +Credit union → Venmo +General$/);
    expect(listed.stdout).toContain('Totals EUR: in €40.00, out €0.00, net +€40.00');
    // Transfers are the group's own money moving: unfiltered, they count neither in nor out.
    expect(listed.stdout).toContain('Totals USD: in $1,250.00, out $497.75, net +$752.25');
    expect(listed.stdout).toContain('Showing 3 of 8 entries, newest first. Next page: --offset 3');
  });

  it('--account: entries in or out of one account, transfers included on its side', () => {
    const venmo = listJson(runs.venmo);
    expect(seqs(venmo)).toEqual([6, 5, 4, 2]);
    expect(venmo).toMatchObject({ total: 4, offset: 0, limit: 50, totals: [{ currency: 'USD', moneyIn: 35_000, moneyOut: 7_775, adjusted: 0 }] });
  });

  it('--kind with --from and --to (inclusive): the fee inside the dates and the disbursement after them are left out', () => {
    const disbursements = listJson(runs.disbursementsInWindow);
    expect(seqs(disbursements)).toEqual([4, 3]);
    expect(disbursements.totals).toEqual([{ currency: 'USD', moneyIn: 0, moneyOut: 37_550, adjusted: 0 }]);
  });

  it('--memo-contains, in any case, across currencies', () => {
    const bakeSales = listJson(runs.bakeSales);
    expect(seqs(bakeSales)).toEqual([8, 2]);
    expect(bakeSales.totals).toEqual([
      { currency: 'EUR', moneyIn: 4_000, moneyOut: 0, adjusted: 0 },
      { currency: 'USD', moneyIn: 25_000, moneyOut: 0, adjusted: 0 },
    ]);
  });

  it('filters combine (account, category, recipient code), and --offset pages through them', () => {
    const listed = runs.combined;
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^3 +\d+ \w{3} \d{4} +disbursement +-\$300\.00 +Credit union/m);
    expect(listed.stdout).not.toMatch(/^7 /m);
    expect(listed.stdout).toContain('Totals USD: in $0.00, out $420.00, net -$420.00');
    expect(listed.stdout).toContain('Showing 1 of 2 entries, newest first, after skipping 1.');
  });

  it('an unknown account exits 1 naming the known ones; a date the calendar lacks exits 2', () => {
    const { unknownAccount, badDate } = runs;
    expect(unknownAccount.code).toBe(1);
    expect(unknownAccount.stderr).toMatch(oneErrorLine);
    expect(unknownAccount.stderr).toContain('--account "Savings": there is no payment account by that name or number. Known: Cash box (#3), Credit union (#1), and Venmo (#2).');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(oneErrorLine);
    expect(badDate.stderr).toContain('--from "2026-13-01": that day does not exist on the calendar.');
  });
});
