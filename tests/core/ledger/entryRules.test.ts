import { describe, expect, it } from 'vitest';
import { rejection } from '../treasuryFixture.ts';
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
    expect(refused.message).toMatch(/Venmo is frozen on 2026-11-20 and cannot pay out \$80\.00/);
    expect(refused.hints).toEqual(['Credit union (active, $100.00)']);
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
    expect(refused.message).toMatch(/Venmo is closed on 2026-11-20/);
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
    expect((await rejection(client.ledger.record({ kind: 'transfer', date: '2026-11-12', amount: 100, accountId: bank.id, toAccountId: venmo.id }))).message).toMatch(/would be stuck/);
    // Money the platform takes is recorded as it happens; money coming back from a payout's reversal is welcome.
    await client.ledger.record({ kind: 'fee', date: '2026-11-12', amount: 100, accountId: venmo.id });
    expect((await client.ledger.summarise({})).total).toBe(3);
  });

  it('a restricted fund is never below zero on any date: a backdated payout before the money came in is refused', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const bail = await client.funds.add({ name: 'Bail fund', restricted: true });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-10', amount: 30_000, accountId: bank.id, fundId: bail.id });

    const refused = await rejection(client.ledger.record({ kind: 'disbursement', date: '2026-11-05', amount: 10_000, accountId: bank.id, fundId: bail.id, category: 'bail' }));
    expect(refused.code).toBe('FUND_TOO_LOW');
    expect(refused.message).toMatch(/holds \$0\.00 on 2026-11-05; this would take it to -\$100\.00 that day/);
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
    expect(overdrawsLater.message).toMatch(/holds \$0\.00 on 2026-11-02; this would take it to -\$1\.00 that day/);
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('refuses dates before the vault’s earliest date, which the group can move but not past its own history', async () => {
    const { client, bank } = await ledgerWithAccounts();
    expect(await client.ledger.earliestDate()).toEqual({ earliestDate: '2000-01-01' });
    for (const date of ['0026-11-01', '1900-01-01', '1999-12-31']) {
      const refused = await rejection(client.ledger.record({ kind: 'contribution', date, amount: 100, accountId: bank.id }));
      expect(refused.code, date).toBe('INVALID_ENTRY');
      expect(refused.message).toMatch(/before 2000-01-01/);
    }
    expect((await rejection(client.accounts.setStatus({ accountId: bank.id, status: 'frozen', date: '1900-01-01', reason: 'Typo' }))).code).toBe('INVALID_INPUT');
    expect((await rejection(client.accounts.reconcile({ accountId: bank.id, date: '1900-01-01', statementBalance: 0 }))).code).toBe('INVALID_INPUT');

    await client.ledger.setEarliestDate({ earliestDate: '1990-01-01' });
    await client.ledger.record({ kind: 'contribution', date: '1995-06-01', amount: 100, accountId: bank.id });
    const tooLate = await rejection(client.ledger.setEarliestDate({ earliestDate: '2000-01-01' }));
    expect(tooLate.message).toMatch(/already holds something dated 1995-06-01/);
    expect((await rejection(client.ledger.setEarliestDate({ earliestDate: '2027-01-01' }))).message).toMatch(/future/);
    expect((await rejection(client.ledger.setEarliestDate({ earliestDate: '0000-01-01' }))).message).toBe('The earliest date can be 1970-01-01 at the earliest.');
    expect(await client.ledger.earliestDate()).toEqual({ earliestDate: '1990-01-01' });
    expect((await client.ledger.verify()).ok).toBe(true);
  });

  it('refuses a freeze or closing dated before an entry it would forbid', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 5_000, accountId: venmo.id });
    const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-15', amount: 1_000, accountId: venmo.id, category: 'food' });
    const refused = await rejection(client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' }));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.message).toBe(`Venmo has entry #${payout.seq} (disbursement, 2026-11-15) that a frozen status from 2026-11-10 would forbid. Date the change 2026-11-15 or later, as it happened.`);
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
    expect(refused.message).toBe('date: That day does not exist on the calendar.');
    await client.ledger.record({ kind: 'contribution', date: '2024-02-29', amount: 100, accountId: bank.id });
    expect((await rejection(client.ledger.record({ kind: 'contribution', date: '2026-2-3', amount: 100, accountId: bank.id }))).message).toBe('date: Write the date as YYYY-MM-DD.');
  });
});
