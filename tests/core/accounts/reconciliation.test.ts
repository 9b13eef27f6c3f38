// Reconciling a statement by ticking the entries it shows: the cleared balance, each entry cleared
// once, the difference recorded as a fee or an adjustment in the same step, refusals that write
// nothing, verify over the cleared entries, retention shredding cleared entries, and a vault whose
// reconciliations predate the cleared entries. Synthetic data only.
import { describe, expect, it } from 'vitest';
import { previewReconciliation } from '../../../electron/core/accounts/reconciliation.ts';
import { appendEntry } from '../../../electron/core/ledger/appendEntry.ts';
import { appendRowFact } from '../../../electron/core/ledger/ledgerFacts.ts';
import { closeLedger, openLedger, writeTransaction } from '../../../electron/core/vault/ledgerDatabase.ts';
import { day, say } from '../../../shared/messages/message.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import { alterBehindTheAppsBack } from '../ledger/behindTheAppsBack.ts';
import { contributionContent, openBareLedgerAtSchema, openedLedgersClosedAfterEachTest } from '../ledger/bareLedger.ts';
import { ledgerWithAccounts } from '../ledger/ledgerFixture.ts';
import { rejection } from '../treasuryFixture.ts';
import { join } from 'node:path';

/** The schema a vault had before step 14 made the table of cleared entries (released steps are never renumbered). */
const schemaBeforeClearedEntries = 13;

/** One entry, by its number. */
async function entry(client: TreasuryClient, seq: number | null) {
  const { entries } = await client.ledger.list({ limit: 1000 });
  return entries.find((found) => found.seq === seq);
}

/** What a refused call must leave as it was: the entries, the facts chain, the reconciliations. */
async function ledgerState(client: TreasuryClient) {
  const { entries, anchor } = await client.ledger.head({});
  const { accounts } = await client.accounts.list();
  return { entries, anchor, reconciled: accounts.map((account) => account.lastReconciled) };
}

/** A bank account with a contribution, a payout, a transfer in from Venmo, a move between two funds of the bank, and a fee. */
async function ledgerToReconcile() {
  const test = await ledgerWithAccounts();
  const { client, bank, venmo } = test;
  const bail = await client.funds.add({ name: 'Bail fund', restricted: false });
  const donors = await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 10_000, accountId: bank.id, memo: 'Monthly donors' });
  const payout = await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 2_500, accountId: bank.id, category: 'medical' });
  await client.ledger.record({ kind: 'contribution', date: '2026-11-02', amount: 4_000, accountId: venmo.id });
  const transferIn = await client.ledger.record({ kind: 'transfer', date: '2026-11-04', amount: 1_500, accountId: venmo.id, toAccountId: bank.id });
  const betweenFunds = await client.ledger.record({ kind: 'transfer', date: '2026-11-05', amount: 700, accountId: bank.id, toAccountId: bank.id, toFundId: bail.id });
  const fee = await client.ledger.record({ kind: 'fee', date: '2026-11-06', amount: 100, accountId: bank.id });
  const later = await client.ledger.record({ kind: 'contribution', date: '2026-11-15', amount: 900, accountId: bank.id });
  return { ...test, seqs: { donors: donors.seq, payout: payout.seq, transferIn: transferIn.seq, betweenFunds: betweenFunds.seq, fee: fee.seq, later: later.seq } };
}

describe('reconciling by ticking the entries a statement shows', () => {
  it('lists the uncleared entries up to the date with what each did to the account, and adds up the ticked ones', async () => {
    const { client, bank, seqs } = await ledgerToReconcile();
    const preview = await client.accounts.previewReconciliation({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_900, cleared: [seqs.donors, seqs.transferIn] });
    expect(preview.uncleared).toEqual([
      { seq: seqs.donors, date: '2026-11-01', kind: 'contribution', memo: 'Monthly donors', effect: 10_000 },
      { seq: seqs.payout, date: '2026-11-03', kind: 'disbursement', memo: null, effect: -2_500 },
      { seq: seqs.transferIn, date: '2026-11-04', kind: 'transfer', memo: null, effect: 1_500 },
      { seq: seqs.betweenFunds, date: '2026-11-05', kind: 'transfer', memo: null, effect: 0 },
      { seq: seqs.fee, date: '2026-11-06', kind: 'fee', memo: null, effect: -100 },
    ]);
    expect(preview).toMatchObject({
      previousDate: null,
      previousBalance: 0,
      ledgerBalance: 8_900,
      cleared: [seqs.donors, seqs.transferIn],
      clearedBalance: 11_500,
      difference: -2_600,
      differenceEntry: null,
    });
    // Left out, the ticks are every uncleared entry: the ledger's balance on the date.
    expect(await client.accounts.previewReconciliation({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_900 })).toMatchObject({ clearedBalance: 8_900, difference: 0 });
  });

  it('clears an entry once: the next reconciliation starts from this one’s cleared balance and lists only what was left', async () => {
    const { client, bank, seqs } = await ledgerToReconcile();
    const first = await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 7_500, cleared: [seqs.donors, seqs.payout] });
    expect(first).toMatchObject({ clearedBalance: 7_500, difference: 0 });
    const next = await client.accounts.previewReconciliation({ accountId: bank.id, date: '2026-11-20', statementBalance: 9_800, cleared: [seqs.transferIn, seqs.betweenFunds, seqs.fee, seqs.later] });
    expect(next.uncleared.map((entry) => entry.seq)).toEqual([seqs.transferIn, seqs.betweenFunds, seqs.fee, seqs.later]);
    expect(next).toMatchObject({ previousDate: '2026-11-10', previousBalance: 7_500, clearedBalance: 9_800, difference: 0 });
    expect(await rejection(client.accounts.reconcile({ accountId: bank.id, date: '2026-11-20', statementBalance: 9_800, cleared: [seqs.donors] }))).toMatchObject({
      code: 'INVALID_INPUT',
      reason: say('accounts.notUncleared', { seq: seqs.donors, account: 'Credit union', date: day('2026-11-20') }),
    });
  });

  it('clears a transfer once on each of its two accounts', async () => {
    const { client, bank, venmo, seqs } = await ledgerToReconcile();
    await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 1_500, cleared: [seqs.transferIn] });
    const onVenmo = await client.accounts.previewReconciliation({ accountId: venmo.id, date: '2026-11-10', statementBalance: 2_500 });
    expect(onVenmo.uncleared.map((entry) => [entry.seq, entry.effect])).toEqual([
      [seqs.transferIn - 1, 4_000],
      [seqs.transferIn, -1_500],
    ]);
    expect(onVenmo.difference).toBe(0);
  });

  it('marks the cleared entries in the list: on the view’s account when it follows one, and a transfer elsewhere only once both its accounts cleared it', async () => {
    const { client, bank, venmo, seqs } = await ledgerToReconcile();
    const clearedIn = async (view: { accountId?: number; fundId?: number } = {}) => (await client.ledger.list({ ...view, limit: 1000 })).entries.filter((row) => row.cleared).map((row) => row.seq);
    expect(await clearedIn()).toEqual([]);
    await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 9_100, cleared: [seqs.donors, seqs.transferIn, seqs.betweenFunds] });
    // The bank's view: what its statement showed, the transfer in from Venmo too.
    expect(await clearedIn({ accountId: bank.id })).toEqual([seqs.betweenFunds, seqs.transferIn, seqs.donors]);
    // Venmo's statement has not shown the transfer yet: in its view, and in the whole ledger, it is not cleared.
    expect(await clearedIn({ accountId: venmo.id })).toEqual([]);
    expect(await clearedIn()).toEqual([seqs.betweenFunds, seqs.donors]);
    await client.accounts.reconcile({ accountId: venmo.id, date: '2026-11-10', statementBalance: -1_500, cleared: [seqs.transferIn] });
    expect(await clearedIn({ accountId: venmo.id })).toEqual([seqs.transferIn]);
    expect(await clearedIn()).toEqual([seqs.betweenFunds, seqs.transferIn, seqs.donors]);
    // A fund's view is not one account's: the same rule as the whole ledger.
    const general = (await client.ledger.list({ limit: 1000 })).entries.find((row) => row.seq === seqs.donors)?.fundId;
    expect(await clearedIn({ fundId: general })).toEqual([seqs.betweenFunds, seqs.transferIn, seqs.donors]);
    // A window deep in the list says the same of its rows.
    expect((await client.ledger.list({ offset: 3, limit: 2 })).entries.map((row) => [row.seq, row.cleared])).toEqual([
      [seqs.transferIn, true],
      [seqs.payout, false],
    ]);
  });

  it('records the difference as a fee in the same step: the fee is cleared with the rest and the account shows matched', async () => {
    const { client, bank, seqs } = await ledgerToReconcile();
    const memo = 'Reconciles the statement of 10 Nov 2026';
    const reconciled = await client.accounts.reconcile({
      accountId: bank.id,
      date: '2026-11-10',
      statementBalance: 8_650,
      cleared: [seqs.donors, seqs.payout, seqs.transferIn, seqs.betweenFunds, seqs.fee],
      recordDifference: { kind: 'fee', memo },
    });
    expect(reconciled.differenceEntry).toBe(seqs.later + 1);
    expect(reconciled).toMatchObject({ clearedBalance: 8_650, difference: 0, ledgerBalance: 8_650, cleared: [seqs.donors, seqs.payout, seqs.transferIn, seqs.betweenFunds, seqs.fee, seqs.later + 1] });
    expect(await entry(client, seqs.later + 1)).toMatchObject({ kind: 'fee', date: '2026-11-10', amount: 250, accountId: bank.id, memo });
    expect((await client.accounts.list()).accounts.find((account) => account.id === bank.id)?.lastReconciled).toEqual({ date: '2026-11-10', difference: 0 });
    expect(await client.ledger.verify()).toMatchObject({ ok: true });
    const next = await client.accounts.previewReconciliation({ accountId: bank.id, date: '2026-11-20', statementBalance: 9_550 });
    expect(next.uncleared.map((entry) => entry.seq)).toEqual([seqs.later]);
    expect(next).toMatchObject({ previousBalance: 8_650, difference: 0 });
  });

  it('records the difference as an adjustment either way', async () => {
    const { client, bank, seqs } = await ledgerToReconcile();
    const more = await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-03', statementBalance: 7_600, recordDifference: { kind: 'adjustment', memo: 'Statement shows more' } });
    expect(await entry(client, more.differenceEntry)).toMatchObject({ kind: 'adjustment', amount: 100, accountEffect: 100, date: '2026-11-03' });
    const less = await client.accounts.reconcile({
      accountId: bank.id,
      date: '2026-11-10',
      statementBalance: 8_000,
      cleared: [seqs.transferIn, seqs.fee],
      recordDifference: { kind: 'adjustment', memo: 'Statement shows less' },
    });
    expect(await entry(client, less.differenceEntry)).toMatchObject({ kind: 'adjustment', amount: 1_000, accountEffect: -1_000, date: '2026-11-10' });
    expect(less).toMatchObject({ previousBalance: 7_600, clearedBalance: 8_000, difference: 0 });
  });

  it('records a difference left as it is: the account shows it off by that much', async () => {
    const { client, bank } = await ledgerToReconcile();
    const left = await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_800 });
    expect(left).toMatchObject({ difference: -100, differenceEntry: null });
    expect((await client.accounts.list()).accounts.find((account) => account.id === bank.id)?.lastReconciled).toEqual({ date: '2026-11-10', difference: -100 });
  });

  it('refuses, writing nothing: a fee for a statement that shows more, nothing to record, an entry it cannot clear, a date before the last reconciliation', async () => {
    const { client, bank, seqs } = await ledgerToReconcile();
    await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-03', statementBalance: 7_500 });
    const before = await ledgerState(client);
    const refusals = [
      {
        call: client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 9_000, recordDifference: { kind: 'fee', memo: 'x' } }),
        reason: say('accounts.feeNeedsLess'),
      },
      {
        call: client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_900, recordDifference: { kind: 'adjustment', memo: 'x' } }),
        reason: say('accounts.nothingToRecord'),
      },
      {
        call: client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_900, cleared: [seqs.transferIn - 1] }),
        reason: say('accounts.notUncleared', { seq: seqs.transferIn - 1, account: 'Credit union', date: day('2026-11-10') }),
      },
      {
        call: client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_900, cleared: [seqs.later] }),
        reason: say('accounts.notUncleared', { seq: seqs.later, account: 'Credit union', date: day('2026-11-10') }),
      },
      {
        call: client.accounts.reconcile({ accountId: bank.id, date: '2026-11-02', statementBalance: 10_000 }),
        reason: say('accounts.reconciledLater', { account: 'Credit union', date: day('2026-11-03') }),
      },
      { call: client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_900, cleared: [seqs.fee, seqs.fee] }), reason: expect.anything() },
    ];
    for (const { call, reason } of refusals) expect(await rejection(call)).toMatchObject({ code: 'INVALID_INPUT', reason });
    expect(await ledgerState(client)).toEqual(before);
  });

  it('holds the difference’s entry to the frozen-account rules: an adjustment out of a frozen account refuses the whole reconciliation; a fee is recorded', async () => {
    const { client, bank } = await ledgerToReconcile();
    await client.accounts.setStatus({ accountId: bank.id, status: 'frozen', date: '2026-11-08', reason: 'Platform review' });
    const before = await ledgerState(client);
    const refused = await rejection(client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_800, recordDifference: { kind: 'adjustment', memo: 'Write-off' } }));
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(await ledgerState(client)).toEqual(before);
    const fee = await client.accounts.reconcile({ accountId: bank.id, date: '2026-11-10', statementBalance: 8_800, recordDifference: { kind: 'fee', memo: 'Platform fee' } });
    expect(fee).toMatchObject({ difference: 0, clearedBalance: 8_800 });
  });

  it('verify catches a cleared entry removed, added or moved behind the app’s back', async () => {
    const tampering = [
      ['DROP TRIGGER reconciliation_cleared_is_never_deleted', 'DELETE FROM reconciliation_cleared WHERE seq = 1'],
      ['INSERT INTO reconciliation_cleared (reconciliation_id, account_id, seq) VALUES (1, 1, 7)'],
      ['DROP TRIGGER reconciliation_cleared_is_never_changed', 'UPDATE reconciliation_cleared SET seq = 7 WHERE seq = 2'],
    ];
    for (const sql of tampering) {
      const test = await ledgerToReconcile();
      await test.client.accounts.reconcile({ accountId: test.bank.id, date: '2026-11-10', statementBalance: 7_500, cleared: [test.seqs.donors, test.seqs.payout] });
      expect(await test.client.ledger.verify()).toMatchObject({ ok: true });
      await alterBehindTheAppsBack(test, (db) => sql.forEach((statement) => db.exec(statement)));
      const result = await test.client.ledger.verify();
      expect(result.ok, sql.join('; ')).toBe(false);
      expect(result.factsCheck).toEqual(say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.reconciliationCleared', { id: 1 }) }));
    }
  });

  it('keeps the cleared entries retention shreds: their rows stay, verify passes, the next reconciliation starts from the cleared balance', async () => {
    const { client, bank, clock } = await ledgerWithAccounts(new Date('2024-01-20T12:00:00Z'));
    await client.ledger.record({ kind: 'contribution', date: '2024-01-05', amount: 5_000, accountId: bank.id, memo: 'Old dues' });
    const unticked = await client.ledger.record({ kind: 'fee', date: '2024-01-06', amount: 50, accountId: bank.id });
    await client.accounts.reconcile({ accountId: bank.id, date: '2024-01-10', statementBalance: 5_000, cleared: [unticked.seq - 1] });
    clock.now = new Date('2026-11-20T12:00:00Z');
    await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 1_000, accountId: bank.id });
    await client.retention.set({ recommended: true });
    expect((await client.retention.apply({})).run?.counts.entries).toBe(2);
    expect(await client.ledger.verify()).toMatchObject({ ok: true });
    // The fee shredded before it was ever ticked is no longer listed: its money is in the ledger's balance, not the cleared one.
    const next = await client.accounts.previewReconciliation({ accountId: bank.id, date: '2026-11-10', statementBalance: 5_950 });
    expect(next).toMatchObject({ previousBalance: 5_000, ledgerBalance: 5_950, clearedBalance: 6_000, difference: -50 });
    expect(next.uncleared.map((entry) => entry.date)).toEqual(['2026-11-01']);
    // A statement dated in a sealed month is refused, as any statement is, and writes nothing.
    const before = await ledgerState(client);
    expect((await rejection(client.accounts.reconcile({ accountId: bank.id, date: '2024-06-30', statementBalance: 5_000 }))).reason.key).toBe('ledger.datedInSealedMonth');
    expect(await ledgerState(client)).toEqual(before);
  });
});

describe('a vault whose reconciliations were recorded before entries were ticked', () => {
  const open = openedLedgersClosedAfterEachTest((prefix) => openBareLedgerAtSchema(prefix, schemaBeforeClearedEntries), 'reconciled-before-');

  it('takes each entry up to a reconciliation as cleared by the first one on or after its date, and chains that as facts', () => {
    const { db, folder, key } = open();
    const now = new Date('2026-11-20T12:00:00Z');
    const seqs = ['2026-11-01', '2026-11-05', '2026-11-12'].map((date) => appendEntry(db, contributionContent({ date }), now));
    writeTransaction(db, () => {
      for (const [date, balance] of [
        ['2026-11-02', 100],
        ['2026-11-06', 250],
      ] as const) {
        const { lastInsertRowid } = db
          .prepare("INSERT INTO reconciliations (account_id, statement_date, statement_balance, ledger_balance, recorded_at) VALUES (1, ?, ?, 200, '2026-11-20T12:00:00.000Z')")
          .run(date, balance);
        appendRowFact(db, 'reconciliation', Number(lastInsertRowid));
      }
    });
    closeLedger(db);
    const migrated = openLedger(join(folder, 'ledger.sqlite'), key);
    try {
      expect(migrated.prepare('SELECT reconciliation_id, seq FROM reconciliation_cleared ORDER BY seq').all()).toEqual([
        { reconciliation_id: 1, seq: seqs[0] },
        { reconciliation_id: 2, seq: seqs[1] },
      ]);
      expect(migrated.prepare("SELECT content FROM facts WHERE kind = 'reconciliation-cleared' ORDER BY seq").pluck().all()).toEqual([
        '{"accountId":1,"fact":"reconciliation-cleared","reconciliationId":1,"seqs":"1"}',
        '{"accountId":1,"fact":"reconciliation-cleared","reconciliationId":2,"seqs":"2"}',
      ]);
      const preview = previewReconciliation(migrated, { accountId: 1, date: '2026-11-15', statementBalance: 300 }, now);
      expect(preview).toMatchObject({ previousBalance: 200, clearedBalance: 300, difference: 0 });
      expect(preview.uncleared.map((entry) => entry.seq)).toEqual([seqs[2]]);
    } finally {
      closeLedger(migrated);
    }
  });
});
