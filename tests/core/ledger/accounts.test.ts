import { describe, expect, it } from 'vitest';
import { rejection } from '../treasuryFixture.ts';
import { day, say } from '../../../shared/messages/message.ts';
import { ledgerWithAccounts, noPersonalTies } from './ledgerFixture.ts';

describe('payment accounts', () => {
  it('flags accounts tied to a member’s personal details', async () => {
    const { client } = await ledgerWithAccounts();
    const { accounts } = await client.accounts.list();
    expect(accounts.map((account) => [account.name, account.tiedToMember])).toEqual([
      ['Credit union', false],
      ['Venmo', true],
    ]);
  });

  it('refuses a duplicate name or an unknown currency', async () => {
    const { client } = await ledgerWithAccounts();
    expect(await rejection(client.accounts.add({ name: 'venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }))).toMatchObject({
      code: 'NAME_TAKEN',
      reason: say('accounts.nameTaken', { name: 'Venmo' }),
    });
    expect(await rejection(client.accounts.add({ name: 'Other', kind: 'other', currency: 'XXY', holder: 'organisation', security: noPersonalTies }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: say('accounts.unknownCurrency', { currency: 'XXY' }),
    });
  });

  it('keeps a status history with dates, reasons and the balance held', async () => {
    const { client, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 25_000, accountId: venmo.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'limited', date: '2026-11-05', reason: 'Weekly limit reached' });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-08', reason: 'Under review' });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'active', date: '2026-11-18', reason: 'Review passed' });
    expect((await client.accounts.history({ accountId: venmo.id })).map(({ status, date, reason, balanceHeld }) => ({ status, date, reason, balanceHeld }))).toEqual([
      { status: 'limited', date: '2026-11-05', reason: 'Weekly limit reached', balanceHeld: 25_000 },
      { status: 'frozen', date: '2026-11-08', reason: 'Under review', balanceHeld: 25_000 },
      { status: 'active', date: '2026-11-18', reason: 'Review passed', balanceHeld: 25_000 },
    ]);
    expect((await rejection(client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Out of order' }))).reason).toEqual(
      say('accounts.statusOutOfOrder', { account: 'Venmo', date: day('2026-11-18') }),
    );
    expect((await rejection(client.accounts.setStatus({ accountId: venmo.id, status: 'closed', date: '2026-12-01', reason: 'Later' }))).reason).toEqual(
      say('ledger.datedInFuture', { dated: 'statusChange' }),
    );
    expect((await rejection(client.accounts.setStatus({ accountId: venmo.id, status: 'active', date: '2026-11-19', reason: 'Again' }))).reason).toEqual(
      say('accounts.alreadyStatus', { account: 'Venmo', status: say('accounts.status.active') }),
    );
  });

  it('warns when too much of the money sits on one account, at the threshold the group sets', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 70_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 30_000, accountId: bank.id });
    const overview = await client.accounts.list();
    expect(overview.concentration).toEqual([
      { accountId: bank.id, currency: 'USD', sharePercent: 30 },
      { accountId: venmo.id, currency: 'USD', sharePercent: 70 },
    ]);
    expect(overview.warnings).toEqual([say('accounts.concentrated', { share: 0.7, currency: 'USD', account: 'Venmo', threshold: 0.5 })]);
    expect((await client.accounts.setConcentrationThreshold({ percent: 80 })).warnings).toEqual([]);
  });

  it('reconciles a statement balance: the difference and the entries since the last reconciliation', async () => {
    const { client, bank } = await ledgerWithAccounts();
    const first = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 10_000, accountId: bank.id });
    await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-01', statementBalance: 10_000 });
    const second = await client.ledger.record({ kind: 'disbursement', date: '2026-11-05', amount: 2_500, accountId: bank.id, category: 'medical' });
    const third = await client.ledger.record({ kind: 'fee', date: '2026-11-06', amount: 100, accountId: bank.id });

    const preview = await client.accounts.previewReconciliation({ accountId: bank.id, date: '2026-11-10', statementBalance: 7_300 });
    expect(preview).toMatchObject({
      accountId: bank.id,
      date: '2026-11-10',
      statementBalance: 7_300,
      ledgerBalance: 7_400,
      previousDate: '2026-11-01',
      previousBalance: 10_000,
      cleared: [second.seq, third.seq],
      clearedBalance: 7_400,
      difference: -100,
    });
    expect(preview.uncleared.map((entry) => entry.seq)).toEqual([second.seq, third.seq]);
    expect(first.seq).toBeLessThan(second.seq);
    expect((await client.accounts.list()).accounts.find((account) => account.id === bank.id)?.lastReconciled).toEqual({ date: '2026-11-01', difference: 0 });
    await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 7_300 });
    expect((await client.accounts.list()).accounts.find((account) => account.id === bank.id)?.lastReconciled).toEqual({ date: '2026-11-10', difference: -100 });
  });
});

describe('the dashboard', () => {
  it('shows this month, the last twelve months, balances and frozen money', async () => {
    const { client, bank, venmo } = await ledgerWithAccounts();
    await client.ledger.record({ kind: 'contribution', date: '2025-12-15', amount: 5_000, accountId: bank.id });
    await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 40_000, accountId: venmo.id });
    await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 15_000, accountId: venmo.id, category: 'bail' });
    await client.ledger.record({ kind: 'transfer', date: '2026-11-04', amount: 5_000, accountId: venmo.id, toAccountId: bank.id });
    await client.accounts.setStatus({ accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Review' });

    const summary = await client.dashboard.summary({});
    expect(summary.month).toBe('2026-11');
    expect(summary.thisMonth).toEqual([{ currency: 'USD', moneyIn: 40_000, moneyOut: 15_000, adjusted: 0 }]);
    expect(summary.monthly.map((month) => month.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(summary.monthly[0]?.flows).toEqual([{ currency: 'USD', moneyIn: 5_000, moneyOut: 0, adjusted: 0 }]);
    expect(summary.monthly[5]?.flows).toEqual([]);
    expect(summary.stuckInFrozen).toEqual([{ currency: 'USD', amount: 20_000 }]);
    expect(summary.accounts.map((account) => [account.name, account.balance, account.status])).toEqual([
      ['Credit union', 10_000, 'active'],
      ['Venmo', 20_000, 'frozen'],
    ]);
  });
});
