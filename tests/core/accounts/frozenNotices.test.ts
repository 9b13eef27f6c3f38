import { describe, expect, it } from 'vitest';
import { day, money, say } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from '../ledger/ledgerFixture.ts';

const frozen = say('accounts.status.frozen');

// What is recorded against a frozen account is recorded with a notice, never silently.
describe('entries touching a frozen account come with a notice', () => {
  it('a payout dated before the freeze is recorded, and says the account has been frozen since', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-08', amount: 1_200, accountId: venmo.id, category: 'food' });
    expect(payout.notices).toEqual([say('accounts.datedBeforeStatus', { account: 'Venmo', status: frozen, since: day('2026-11-10'), date: day('2026-11-08') })]);
  });

  it('an ordinary entry on an active account has no notice', async () => {
    const { client, bank } = await ledgerWithAccounts();
    expect((await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: bank.id })).notices).toEqual([]);
  });

  it('a contribution into a frozen account, or a reversal that puts money back there, says the money is stuck', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-05', amount: 1_000, accountId: venmo.id, category: 'rent' });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    const reversal = await client.ledger.reverse({ seq: payout.seq });
    expect(reversal.notices).toEqual([say('accounts.movedIntoStuck', { account: 'Venmo', status: frozen, amount: money(1_000, 'USD') })]);
    const gift = await client.ledger.record({ kind: 'contribution', date: '2026-11-12', amount: 300, accountId: venmo.id });
    expect(gift.notices).toEqual([say('accounts.movedIntoStuck', { account: 'Venmo', status: frozen, amount: money(300, 'USD') })]);
  });
});

describe('a reversal can be dated', () => {
  it('on the original’s date, so the correction lands in the month of the mistake', async () => {
    const test = await ledgerWithAccounts();
    const { client, bank } = test;
    const wrong = await client.ledger.record({ kind: 'contribution', date: '2026-10-15', amount: 9_900, accountId: bank.id });
    const reversal = await client.ledger.reverse({ seq: wrong.seq, date: '2026-10-15' });
    expect(reversal).toMatchObject({ date: '2026-10-15', reversesSeq: wrong.seq });
    const october = await client.ledger.summarise({ from: '2026-10-01', to: '2026-10-31' });
    expect(october.totals).toEqual([{ currency: 'USD', moneyIn: 0, moneyOut: 0, adjusted: 0 }]);
  });

  it('today by default; never before the original, nor in the future, and a refusal writes nothing', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const wrong = await client.ledger.record({ kind: 'contribution', date: '2026-11-10', amount: 500, accountId: bank.id });
    const before = await client.ledger.head({});
    const early = client.ledger.reverse({ seq: wrong.seq, date: '2026-11-09' });
    await expect(early).rejects.toMatchObject({ code: 'INVALID_ENTRY', reason: say('ledger.reversalBeforeOriginal', { seq: wrong.seq, date: day('2026-11-10') }) });
    await expect(client.ledger.reverse({ seq: wrong.seq, date: '2026-11-21' })).rejects.toMatchObject({ reason: say('ledger.datedInFuture', { dated: 'entry' }) });
    expect(await client.ledger.head({})).toEqual(before);
    expect((await client.ledger.reverse({ seq: wrong.seq })).date).toBe('2026-11-20');
  });
});
