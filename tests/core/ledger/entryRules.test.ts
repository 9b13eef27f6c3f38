import { describe, expect, it } from 'vitest';
import { rejection } from '../treasuryFixture.ts';
import { day, list, money, say } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

// Every way an entry is written is held to the same rules: a reversal is refused where the entry
// with the same effect would be, and a backdated entry cannot get round a rule a dated one keeps.
describe('the rules hold for reversals and backdated entries', () => {
  it('refuses a reversal that would take money out of a frozen account, naming the accounts that could pay', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    const contribution = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 8_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 10_000, accountId: bank.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Platform review' });

    const refused = await rejection(client.ledger.reverse({ seq: contribution.seq }));
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(refused.reason).toEqual(say('accounts.cannotPayOut', { account: 'Venmo', status: say('accounts.status.frozen'), date: day('2026-11-20'), amount: money(8_000, 'USD') }));
    expect(refused.hints).toEqual([say('accounts.couldPayInstead', { account: 'Credit union', status: say('accounts.status.active'), balance: money(10_000, 'USD') })]);
    expect((await client.ledger.summarise({})).total).toBe(2);
    expect((await client.ledger.balances()).accounts.find((account) => account.accountId === venmo.id)?.balance).toBe(8_000);
  });

  it('refuses a reversal that would drive a closed account below zero', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    const contribution = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 8_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 8_000, accountId: venmo.id, category: 'food' });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'closed', date: '2026-11-10', reason: 'Platform closed it' });

    const refused = await rejection(client.ledger.reverse({ seq: contribution.seq }));
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(refused.reason).toEqual(say('accounts.closedNothingLeaves', { account: 'Venmo', date: day('2026-11-20') }));
    expect((await client.ledger.balances()).accounts.find((account) => account.accountId === venmo.id)?.balance).toBe(0);
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('a closed account takes nothing in and pays nothing out, but can write off what the platform kept, down to zero', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: bank.id });
    const transferOut = await client.ledger.record({ kind: 'transfer', date: '2026-11-02', amount: 1_000, accountId: bank.id, toAccountId: venmo.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'closed', date: '2026-11-10', reason: 'Closed by the platform' });

    for (const entry of [
      { kind: 'contribution', date: '2026-11-12', amount: 100, accountId: venmo.id },
      { kind: 'disbursement', date: '2026-11-12', amount: 100, accountId: venmo.id },
      { kind: 'transfer', date: '2026-11-12', amount: 100, accountId: venmo.id, toAccountId: bank.id },
      { kind: 'transfer', date: '2026-11-12', amount: 100, accountId: bank.id, toAccountId: venmo.id },
      { kind: 'adjustment', direction: 'in', date: '2026-11-12', amount: 100, accountId: venmo.id },
      { kind: 'adjustment', direction: 'out', date: '2026-11-12', amount: 6_001, accountId: venmo.id },
    ] as const) {
      expect((await rejection(client.ledger.record(entry))).code, `${entry.kind} into or out of a closed account`).toBe('ACCOUNT_UNAVAILABLE');
    }
    // Reversing the transfer in would send money out of the closed account.
    expect((await rejection(client.ledger.reverse({ seq: transferOut.seq }))).code).toBe('ACCOUNT_UNAVAILABLE');

    await client.ledger.record({ kind: 'fee', date: '2026-11-12', amount: 500, accountId: venmo.id });
    await client.ledger.record({ kind: 'adjustment', direction: 'out', date: '2026-11-12', amount: 5_500, accountId: venmo.id, memo: 'Kept by the platform at closing' });
    expect((await client.ledger.balances()).accounts.find((account) => account.accountId === venmo.id)?.balance).toBe(0);
    expect((await rejection(client.ledger.record({ kind: 'fee', date: '2026-11-12', amount: 1, accountId: venmo.id }))).code).toBe('ACCOUNT_UNAVAILABLE');
  });

  it('counts a transfer out of a frozen account as paying out, and refuses a transfer into it', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: bank.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });
    expect((await rejection(client.ledger.record({ kind: 'transfer', date: '2026-11-12', amount: 100, accountId: venmo.id, toAccountId: bank.id }))).code).toBe('ACCOUNT_UNAVAILABLE');
    expect((await rejection(client.ledger.record({ kind: 'transfer', date: '2026-11-12', amount: 100, accountId: bank.id, toAccountId: venmo.id }))).reason).toEqual(
      say('accounts.wouldBeStuck', { account: 'Venmo', status: say('accounts.status.frozen'), date: day('2026-11-12') }),
    );
    // Money the platform takes is recorded as it happens; money coming back from a payout's reversal is welcome.
    await client.ledger.record({ kind: 'fee', date: '2026-11-12', amount: 100, accountId: venmo.id });
    expect((await client.ledger.summarise({})).total).toBe(3);
  });

  it('a restricted fund is never below zero on any date: a backdated payout before the money came in is refused', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const bail = await client.funds.add({ name: 'Bail fund', restricted: true, purpose: 'Synthetic purpose' });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-10', amount: 30_000, accountId: bank.id, fundId: bail.id });

    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-05', amount: 10_000, accountId: bank.id, fundId: bail.id, category: 'bail' }));
    expect(refused.code).toBe('FUND_TOO_LOW');
    expect(refused.reason).toEqual(say('funds.restrictedTooLow', { fund: 'Bail fund', held: money(0, 'USD'), date: day('2026-11-05'), after: money(-10_000, 'USD') }));
    expect((await client.ledger.summarise({})).total).toBe(1);

    // On or after the day the money came in, it can be spent; and then an earlier contribution cannot be reversed away.
    const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-10', amount: 30_000, accountId: bank.id, fundId: bail.id, category: 'bail' });
    expect(payout.seq).toBe(2);
    expect((await rejection(client.ledger.reverse({ seq: 1 }))).code).toBe('FUND_TOO_LOW');
    // A backdated payout that an earlier balance covers, but that a later payout then overdraws, is refused too.
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: bank.id, fundId: bail.id });
    const laterOverdraw = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 5_001, accountId: bank.id, fundId: bail.id, category: 'bail' }));
    expect(laterOverdraw.code).toBe('FUND_TOO_LOW');
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 5_000, accountId: bank.id, fundId: bail.id, category: 'bail' });
    // Its own day covers a payout dated the 1st, but the 2nd's payout would then be overdrawn: every later day counts.
    const overdrawsLater = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-01', amount: 100, accountId: bank.id, fundId: bail.id, category: 'bail' }));
    expect(overdrawsLater.reason).toEqual(say('funds.restrictedTooLow', { fund: 'Bail fund', held: money(0, 'USD'), date: day('2026-11-02'), after: money(-100, 'USD') }));
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('refuses dates before the vault’s earliest date, which the group can move but not past its own history', async () => {
    const { client, bank } = await ledgerWithAccounts();
    expect(await client.ledger.earliestDate()).toEqual({ earliestDate: '2000-01-01' });
    for (const date of ['0026-11-01', '1900-01-01', '1999-12-31']) {
      const refused = await rejection(client.ledger.record({ kind: 'contribution', date, amount: 100, accountId: bank.id }));
      expect(refused.code, date).toBe('INVALID_ENTRY');
      expect(refused.reason).toEqual(say('ledger.datedTooEarly', { dated: 'entry', earliest: day('2000-01-01') }));
    }
    expect(await rejection(client.accounts.setStatus({ accountId: bank.id, status: 'frozen', date: '1900-01-01', reason: 'Typo' }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: say('ledger.datedTooEarly', { dated: 'statusChange', earliest: day('2000-01-01') }),
    });
    expect(await rejection(client.accounts.reconcile({ accountId: bank.id, date: '1900-01-01', statementBalance: 0 }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: say('ledger.datedTooEarly', { dated: 'statement', earliest: day('2000-01-01') }),
    });

    await client.ledger.setEarliestDate({ earliestDate: '1990-01-01' });
    await client.ledger.record({ kind: 'contribution', date: '1995-06-01', amount: 100, accountId: bank.id });
    const tooLate = await rejection(client.ledger.setEarliestDate({ earliestDate: '2000-01-01' }));
    expect(tooLate.reason).toEqual(say('ledger.earliestDateAfterHistory', { oldest: day('1995-06-01') }));
    expect((await rejection(client.ledger.setEarliestDate({ earliestDate: '2027-01-01' }))).reason).toEqual(say('ledger.earliestDateInFuture'));
    expect((await rejection(client.ledger.setEarliestDate({ earliestDate: '0000-01-01' }))).reason).toEqual(say('ledger.earliestDateTooEarly', { lowest: day('1970-01-01') }));
    expect(await client.ledger.earliestDate()).toEqual({ earliestDate: '1990-01-01' });
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('refuses a freeze or closing dated before an entry it would forbid', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-15', amount: 1_000, accountId: venmo.id, category: 'food' });
    const refused = await rejection(client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.reason).toEqual(
      say('accounts.statusForbidsEntry', {
        account: 'Venmo',
        seq: payout.seq,
        kind: say('ledger.kind.disbursement'),
        date: day('2026-11-15'),
        status: say('accounts.status.frozen'),
        from: day('2026-11-10'),
      }),
    );
    expect((await rejection(client.accounts.setStatus({ accountId: venmo.id, status: 'closed', date: '2026-11-01', reason: 'Closed' }))).code).toBe('INVALID_INPUT');
    expect(await client.accounts.history({ accountId: venmo.id })).toEqual([]);
    // On the payout's own day the freeze came after it: the payout stands, and a new one that day is refused.
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-15', reason: 'Review' });
    expect((await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-15', amount: 100, accountId: venmo.id, category: 'food' }))).code).toBe('ACCOUNT_UNAVAILABLE');
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('says a day that does not exist does not exist', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const refused = await rejection(client.ledger.record({ kind: 'contribution', date: '2026-02-30', amount: 100, accountId: bank.id }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.reason).toEqual(say('input.invalid', { problems: list([say('input.field', { field: 'date', problem: say('input.noSuchDay') })]) }));
    await client.ledger.record({ kind: 'contribution', date: '2024-02-29', amount: 100, accountId: bank.id });
    expect((await rejection(client.ledger.record({ kind: 'contribution', date: '2026-2-3', amount: 100, accountId: bank.id }))).reason).toEqual(
      say('input.invalid', { problems: list([say('input.field', { field: 'date', problem: say('input.dateFormat') })]) }),
    );
  });
});
