import { describe, expect, it } from 'vitest';
import { noPersonalTies, ledgerWithAccounts } from '../ledger/ledgerFixture.ts';
import { rejection } from '../treasuryFixture.ts';
import { day, money, say } from '../../../shared/messages/message.ts';

const frozen = say('accounts.status.frozen');
const active = say('accounts.status.active');

// What a frozen or closed account may still do, and what the refusal offers instead.
describe('a frozen account takes money in but pays nothing out', () => {
  it('a contribution into a frozen account is recorded; a transfer into it is refused as stuck', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: bank.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    expect((await client.ledger.record({ kind: 'contribution', date: '2026-11-12', amount: 700, accountId: venmo.id })).seq).toBe(2);
    const stuck = await rejection(client.ledger.record({ kind: 'transfer', date: '2026-11-12', amount: 100, accountId: bank.id, toAccountId: venmo.id }));
    expect(stuck.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(stuck.reason).toEqual(say('accounts.wouldBeStuck', { account: 'Venmo', status: frozen, date: day('2026-11-12') }));
  });

  it('the refusal names every active account in the same currency that can cover the amount, and only those', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    const cash = await client.accounts.add({ name: 'Cash box', kind: 'cash-box', currency: 'USD', holder: 'organisation', security: noPersonalTies });
    const euro = await client.accounts.add({ name: 'Euro account', kind: 'bank', currency: 'EUR', holder: 'organisation', security: noPersonalTies });
    const paypal = await client.accounts.add({ name: 'PayPal', kind: 'paypal', currency: 'USD', holder: 'organisation', security: noPersonalTies });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 200, accountId: euro.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    await client.accounts.setStatus({ accountId: paypal.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-12', amount: 100, accountId: venmo.id, category: 'food' }));
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    // The reason is the refusal alone; each account that could pay is a hint of its own.
    expect(refused.reason).toEqual(say('accounts.cannotPayOut', { account: 'Venmo', status: frozen, date: day('2026-11-12'), amount: money(100, 'USD') }));
    // The cash box is active but empty: it cannot pay $1.00, so it is not offered.
    expect(refused.hints).toEqual([say('accounts.couldPayInstead', { account: 'Credit union', status: active, balance: money(1_000, 'USD') })]);
    expect(cash.id).not.toBe(bank.id);
  });

  it('when no active account can cover the amount, the refusal says so, with the most any holds', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    const cash = await client.accounts.add({ name: 'Cash box', kind: 'cash-box', currency: 'USD', holder: 'organisation', security: noPersonalTies });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 50_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 2_500, accountId: cash.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-12', amount: 30_000, accountId: venmo.id, category: 'bail' }));
    expect(refused.hints).toEqual([say('accounts.noneCanCover', { currency: 'USD', amount: money(30_000, 'USD'), most: money(2_500, 'USD'), account: 'Cash box' })]);
  });

  it('a backdated refusal offers only accounts that could pay on that date as well as today', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-05', reason: 'Review' });
    await client.accounts.setStatus({ accountId: bank.id, status: 'frozen', date: '2026-11-06', reason: 'Review' });
    await client.accounts.setStatus({ accountId: bank.id, status: 'active', date: '2026-11-09', reason: 'Cleared' });
    const backdated = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-07', amount: 100, accountId: venmo.id, category: 'food' }));
    expect(backdated.hints).toEqual([say('accounts.noOtherActive', { currency: 'USD' })]);
    const today = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-12', amount: 100, accountId: venmo.id, category: 'food' }));
    expect(today.hints).toEqual([say('accounts.couldPayInstead', { account: 'Credit union', status: active, balance: money(1_000, 'USD') })]);
    // Active again, an account pays as before; and a payout dated before an account's first freeze stands.
    expect((await client.ledger.record({ kind: 'disbursement', date: '2026-11-12', amount: 100, accountId: bank.id, category: 'food' })).amount).toBe(100);
    expect((await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 100, accountId: venmo.id, category: 'food' })).amount).toBe(100);
  });

  it('with no other active account in its currency, the refusal says to add one or wait', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    await client.accounts.setStatus({ accountId: bank.id, status: 'closed', date: '2026-11-10', reason: 'Moved banks' });
    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-12', amount: 100, accountId: venmo.id, category: 'food' }));
    expect(refused.reason).toEqual(say('accounts.cannotPayOut', { account: 'Venmo', status: frozen, date: day('2026-11-12'), amount: money(100, 'USD') }));
    expect(refused.hints).toEqual([say('accounts.noOtherActive', { currency: 'USD' })]);
    const closedIn = await rejection(client.ledger.record({ kind: 'contribution', date: '2026-11-12', amount: 100, accountId: bank.id }));
    expect(closedIn.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(closedIn.reason).toEqual(say('accounts.closedNothingComesIn', { account: 'Credit union', date: day('2026-11-12') }));
  });
});
