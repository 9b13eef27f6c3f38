// Money on hand: the first number a treasurer reports. Every account's balance added up per currency
// (never across currencies), the part in frozen accounts said apart, and the funds' foot the same money
// seen by purpose. The dashboard, the accounts list, the funds list and the balances must agree.
import { describe, expect, it } from 'vitest';
import type { Money } from '../../../shared/contract/index.ts';
import { ledgerWithAccounts, noPersonalTies } from '../ledger/ledgerFixture.ts';

/** The test's own sum, written out plainly: what the totals must equal. */
function addedUp(amounts: Money[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { currency, amount } of amounts) totals[currency] = (totals[currency] ?? 0) + amount;
  return totals;
}

const asRecord = (totals: Array<{ currency: string; amount: number }>) => Object.fromEntries(totals.map(({ currency, amount }) => [currency, amount]));

describe('money on hand, per currency', () => {
  it('is the sum of every account balance in each currency, frozen ones included and said apart, the same on every list', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    const cash = await client.accounts.add({ name: 'Cash box', kind: 'cash-box', currency: 'EUR', holder: 'organisation', security: noPersonalTies });
    const paypal = await client.accounts.add({ name: 'PayPal', kind: 'paypal', currency: 'EUR', holder: 'organisation', security: noPersonalTies });
    const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
    const record = client.ledger.record;
    await record({ kind: 'contribution', date: '2026-11-01', amount: 120_050, accountId: bank.id });
    await record({ kind: 'contribution', date: '2026-11-02', amount: 30_000, accountId: venmo.id, fundId: bail.id });
    await record({ kind: 'disbursement', date: '2026-11-03', amount: 20_025, accountId: bank.id, category: 'rent' });
    await record({ kind: 'contribution', date: '2026-11-04', amount: 4_000, accountId: cash.id });
    await record({ kind: 'contribution', date: '2026-11-05', amount: 1_500, accountId: paypal.id, fundId: bail.id });
    await record({ kind: 'transfer', date: '2026-11-06', amount: 500, accountId: paypal.id, toAccountId: cash.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    await client.accounts.setStatus({ accountId: paypal.id, status: 'frozen', date: '2026-11-11', reason: 'Review' });

    const overview = await client.accounts.list();
    const expected = addedUp(overview.accounts.map((account) => ({ currency: account.currency, amount: account.balance })));
    expect(expected).toEqual({ USD: 130_025, EUR: 5_500 });
    // Currencies in order, each with the part in frozen accounts (Venmo's $300.00; PayPal's €10.00).
    expect(overview.onHand).toEqual([
      { currency: 'EUR', amount: 5_500, inFrozen: 1_000 },
      { currency: 'USD', amount: 130_025, inFrozen: 30_000 },
    ]);

    const dashboard = await client.dashboard.summary({});
    expect(dashboard.onHand).toEqual(overview.onHand);

    const funds = await client.funds.list();
    expect(addedUp(funds.flatMap((fund) => fund.balances))).toEqual(expected);

    expect(asRecord((await client.ledger.balances()).currencies)).toEqual(expected);
  });

  it("is zero, none of it frozen, while the accounts hold nothing; the funds' foot has no line until a fund holds money", async () => {
    const { client } = await ledgerWithAccounts();
    expect((await client.accounts.list()).onHand).toEqual([{ currency: 'USD', amount: 0, inFrozen: 0 }]);
    expect((await client.funds.list()).flatMap((fund) => fund.balances)).toEqual([]);
  });
});
