import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardSummary } from '../../../electron/core/dashboard/dashboard.ts';
import { summariseByEntries, summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { periodSummary } from '../../../electron/core/summary/periodSummary.ts';
import type { SummaryFigure } from '../../../shared/contract/index.ts';
import { ledgersClosedAfterEachTest, openEmptyLedger } from './bareLedger.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';
import { insertEntries, randomEntry, withAccountsAndFunds } from './randomLedger.ts';

// One definition of money in and money out (docs/ledger-format.md, "Money in and money out"): a
// reversal takes away from the side of what it reverses, adjustments are neither, and transfers are
// neither for the group. The dashboard, the ledger's totals, the CLI and the summary give the same
// figures for the same month.
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-flows-');

/** A figure the summary shows (with no cell small enough to hide, every one). */
function shown(figure: SummaryFigure): number {
  if ('hidden' in figure) throw new Error('No figure is hidden when the smallest cell is 1.');
  return figure.amount;
}

describe('money in and money out', () => {
  it('a reversed contribution and a reversed payout count against their own side, on the dashboard and in the ledger alike', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts(new Date('2026-11-20T12:00:00Z'));
    const given = await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 10_000, accountId: bank.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 4_000, accountId: bank.id });
    const paid = await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 3_000, accountId: bank.id, category: 'rent' });
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 1_000, accountId: bank.id, category: 'food' });
    await client.ledger.record({ kind: 'fee', date: '2026-11-04', amount: 50, accountId: bank.id });
    await client.ledger.record({ kind: 'adjustment', direction: 'in', date: '2026-11-04', amount: 500, accountId: bank.id });
    await client.ledger.record({ kind: 'adjustment', direction: 'out', date: '2026-11-05', amount: 200, accountId: bank.id });
    await client.ledger.record({ kind: 'transfer', date: '2026-11-05', amount: 700, accountId: bank.id, toAccountId: venmo.id });
    await client.ledger.reverse({ seq: given.seq });
    await client.ledger.reverse({ seq: paid.seq });

    const expected = [{ currency: 'USD', moneyIn: 4_000, moneyOut: 1_050, adjusted: 300 }];
    const dashboard = await client.dashboard.summary({ today: '2026-11-20' });
    expect(dashboard.thisMonth).toEqual(expected);
    const november = { from: '2026-11-01', to: '2026-11-30' };
    expect((await client.ledger.summarise(november)).totals).toEqual(expected);
    // The bank's own view: the transfer it paid out is money out of it, Venmo's is money in.
    expect((await client.ledger.summarise({ ...november, accountId: bank.id })).totals).toEqual([{ currency: 'USD', moneyIn: 4_000, moneyOut: 1_750, adjusted: 300 }]);
    expect((await client.ledger.summarise({ ...november, accountId: venmo.id })).totals).toEqual([{ currency: 'USD', moneyIn: 700, moneyOut: 0, adjusted: 0 }]);
    // Money in less money out, plus adjustments, is what the balances moved by.
    const balances = await client.ledger.balances({});
    expect(balances.accounts.reduce((sum, account) => sum + account.balance, 0)).toBe(4_000 - 1_050 + 300);
  });

  it('the dashboard’s months, the ledger’s totals and the summary’s (nothing hidden) agree for random ledgers, read from the months or from the entries', async () => {
    const db = withAccountsAndFunds(emptyLedger());
    insertEntries(db, fc.sample(randomEntry, { numRuns: 2_000, seed: 3 }));
    const dashboard = dashboardSummary(db, '2026-03-10', new Date('2026-03-10T12:00:00Z'));
    const nonEmpty = dashboard.monthly.filter((month) => month.flows.length > 0);
    expect(nonEmpty.map((month) => month.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    const summary = await periodSummary(db, { from: '2025-11', to: '2026-02' }, 1, new Date('2026-03-10T12:00:00Z'));
    for (const { month, flows } of dashboard.monthly) {
      const range = { from: `${month}-01`, to: `${month}-31` };
      expect(summariseEntries(db, range).totals, month).toEqual(flows);
      expect(summariseByEntries(db, range).totals, month).toEqual(flows);
      if (month > '2026-02') continue;
      const summarised = summary.months
        .filter((row) => row.month === month)
        .map(({ currency, total }) => ({ currency, moneyIn: shown(total.moneyIn), moneyOut: shown(total.moneyOut), adjusted: shown(total.adjusted) }));
      expect(summarised, month).toEqual(flows);
    }
  });
});
