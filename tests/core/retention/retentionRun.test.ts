// A retention run shreds what the schedule says is due, in one transaction: fields of younger entries
// (value and salt, the digest kept), whole months of old entries (kept as stubs in the chain, their
// totals sealed), and old shred-log rows. Balances and totals stay exact and verify still passes.
import { describe, expect, it } from 'vitest';
import { appendEntries } from '../../../electron/core/ledger/appendEntry.ts';
import { balances } from '../../../electron/core/ledger/balances.ts';
import { countEntries, findEntry, summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { reverseEntry } from '../../../electron/core/ledger/reverseEntry.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { uninterrupted } from '../../../electron/core/longWork.ts';
import { applyRetention } from '../../../electron/core/retention/applyRetention.ts';
import { placeHold } from '../../../electron/core/retention/legalHold.ts';
import { retentionAges } from '../../../electron/core/retention/retentionAges.ts';
import { retentionPlan } from '../../../electron/core/retention/retentionPlan.ts';
import { writeOnSameConnection } from '../../../electron/core/vault/backgroundWriter.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { contributionContent } from '../ledger/bareLedger.ts';
import { chooseRecommended, fillAcrossMonths, months, now, retentionLedgers, today } from './ledgerAcrossMonths.ts';

const ledger = retentionLedgers();

/** The last day of a month (YYYY-MM). */
function lastDay(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** What balances and the totals of every month and category say. */
function figures(db: ReturnType<typeof ledger>['db']) {
  const perMonth = months.map((month) => ({ month, ...summariseEntries(db, { from: `${month}-01`, to: lastDay(month) }) }));
  const perCategory = ['other', 'pantry', 'food'].map((category) => ({ category, totals: summariseEntries(db, { category }).totals }));
  const totals = db.prepare('SELECT * FROM monthly_totals ORDER BY 1, 2, 3, 4, 5, 6').all();
  return { balances: balances(db), perMonth: perMonth.map(({ month, totals: flows }) => ({ month, flows })), perCategory, totals };
}

describe('a retention run', () => {
  it('shreds exactly what the plan counted, keeps every balance and total, and the chain still verifies', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    const before = figures(db);
    const chainLength = db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
    const plan = retentionPlan(db, retentionAges(db).ages, today);
    const planned = Object.fromEntries(plan.policies.map((policy) => [policy.policy, policy.total]));
    // Whole months before 2024-11 (24 months before 2026-11-20): June 2023 to October 2024, two entries each.
    expect(plan.policies.find((policy) => policy.policy === 'entries')?.months).toHaveLength(17);
    // Memos from 2024-11 to before 2026-08-22 (90 days): 21 months of two, two in August 2026, and the reversal's.
    // Receipts, codes and transaction ids from 2024-11 to before 2025-11-20 (12 months): 12 months and 2025-11-17.
    expect(planned).toEqual({ memos: 21 * 2 + 2 + 1, receipts: 13, recipientCodes: 13, entries: 34, shredLog: 0 });

    const { run, compacted } = await applyRetention(db, write, now, 'treasurer', uninterrupted);
    expect(compacted).toBe(true);
    expect(run?.counts).toEqual(planned);
    expect(figures(db)).toEqual(before);
    // Counted from the monthly totals, a sealed month counts no entry: the list holds only those left.
    expect(countEntries(db, {})).toBe(chainLength - 34);
    expect(countEntries(db, { from: '2024-10-01', to: '2024-11-30' })).toBe(2);
    // Totals that take in a sealed month say so; those of months still whole do not.
    expect(summariseEntries(db, { from: '2024-10-01', to: '2024-11-30' }).includesShredded).toBe(true);
    expect(summariseEntries(db, { from: '2024-11-01', to: '2024-11-30' }).includesShredded).toBe(false);
    expect(summariseEntries(db, { memoContains: 'Dues' }).includesShredded).toBe(false);

    expect(db.prepare("SELECT count(*) FROM entries WHERE entry_date < '2024-11-01'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM entry_stubs').pluck().get()).toBe(34);
    expect(db.prepare("SELECT count(*) FROM entries WHERE memo IS NOT NULL AND entry_date < '2026-08-20'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM entries WHERE memo IS NOT NULL AND entry_date >= '2026-08-20'").pluck().get()).toBeGreaterThan(0);
    expect(db.prepare("SELECT count(*) FROM receipts r JOIN entries e ON e.seq = r.entry_seq WHERE e.entry_date < '2025-11-20'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM entries WHERE recipient_code IS NULL AND platform_transaction_id IS NULL AND kind = 'disbursement' AND entry_date >= '2025-11-20'").pluck().get()).toBe(0);

    // An entry says which of its fields the schedule shredded, and which it never had.
    const disbursement = (date: string) => findEntry(db, db.prepare('SELECT seq FROM entries WHERE entry_date = ?').pluck().get(date) as number);
    expect(disbursement('2025-03-17').shredded).toEqual(['memo', 'recipientCode', 'receipt', 'platformTransactionId']);
    expect(disbursement('2026-05-17').shredded).toEqual(['memo']);
    expect(disbursement('2026-11-17').shredded).toEqual([]);

    const verification = await verifyLedger(db);
    expect(verification).toMatchObject({ entriesChecked: chainLength, firstBrokenLink: null, monthlyTotalsCheck: say('ledger.check.ok'), integrityCheck: say('ledger.check.ok') });
    expect(verification.head?.seq).toBe(chainLength);
    expect(db.prepare('SELECT count(*) FROM shred_log').pluck().get()).toBe(1);
  });

  it('runs the same on the app’s own connection when no worker can start', async () => {
    const { db } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    const before = figures(db);
    const { run } = await applyRetention(db, writeOnSameConnection(db), now, 'treasurer', uninterrupted);
    expect(run?.counts.entries).toBe(34);
    expect(figures(db)).toEqual(before);
    expect((await verifyLedger(db)).firstBrokenLink).toBeNull();
  });

  it('then refuses an entry dated in a sealed month, and the next entry extends the chain from its head', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    await applyRetention(db, write, now, 'treasurer', uninterrupted);
    expect(() => appendEntries(db, [{ content: contributionContent({ date: '2024-10-31' }) }], now)).toThrow(
      expect.objectContaining({ code: 'INVALID_ENTRY', reason: expect.objectContaining({ key: 'ledger.datedInSealedMonth' }) }) as Error,
    );
    const [seq] = appendEntries(db, [{ content: contributionContent({ date: '2024-11-01' }) }], now);
    expect(seq).toBe((db.prepare('SELECT count(*) FROM entries').pluck().get() as number) + 34);
    expect((await verifyLedger(db)).firstBrokenLink).toBeNull();
  });

  it('a second run finds nothing left to shred', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    await applyRetention(db, write, now, 'treasurer', uninterrupted);
    expect(retentionPlan(db, retentionAges(db).ages, today).shredsAnything).toBe(false);
    expect(await applyRetention(db, write, now, 'daily', uninterrupted)).toEqual({ run: null, compacted: false });
  });

  it('shreds nothing before the group chooses a schedule', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    const entries = db.prepare('SELECT * FROM entries').all();
    expect(retentionPlan(db, retentionAges(db).ages, today).shredsAnything).toBe(false);
    expect(await applyRetention(db, write, now, 'unlock', uninterrupted)).toEqual({ run: null, compacted: false });
    expect(db.prepare('SELECT * FROM entries').all()).toEqual(entries);
  });

  it('under a legal hold shreds nothing: refused when asked, skipped when scheduled', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    placeHold(db, 'Subpoena, synthetic case 0001', now);
    const entries = db.prepare('SELECT * FROM entries').all();
    const plan = retentionPlan(db, retentionAges(db).ages, today);
    expect(plan.shredsAnything).toBe(false);
    expect(plan.hold?.note).toBe('Subpoena, synthetic case 0001');
    const refusal = await applyRetention(db, write, now, 'treasurer', uninterrupted).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TreasuryError);
    expect(refusal).toMatchObject({ code: 'NOT_PERMITTED', reason: { key: 'retention.underHold' } });
    expect(await applyRetention(db, write, now, 'daily', uninterrupted)).toEqual({ run: null, compacted: false });
    expect(db.prepare('SELECT * FROM entries').all()).toEqual(entries);
    expect(db.prepare('SELECT count(*) FROM entry_stubs').pluck().get()).toBe(0);
  });

  it('is rolled back whole when the ledger changed after it was worked out', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    const entries = db.prepare('SELECT * FROM entries').all();
    // Another window records an entry between the plan and the transaction: every attempt meets a changed ledger.
    let written = 0;
    const racing: typeof write = (steps, compact, onProgress, signal) => {
      appendEntries(db, [{ content: contributionContent({ date: '2026-11-19', memo: `racing ${written++}` }) }], now);
      return write(steps, compact, onProgress, signal);
    };
    await expect(applyRetention(db, racing, now, 'treasurer', uninterrupted)).rejects.toMatchObject({ code: 'VAULT_BUSY' });
    expect(written).toBe(3);
    expect(db.prepare('SELECT * FROM entries WHERE memo IS NULL OR memo NOT LIKE ?').all('racing %')).toEqual(entries);
  });
});

describe('an entry retention shredded', () => {
  it('is not found, and the reason says it was shredded; it can no longer be reversed', async () => {
    const { db, write } = ledger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    await applyRetention(db, write, now, 'treasurer', uninterrupted);
    const stub = db.prepare('SELECT min(seq) FROM entry_stubs').pluck().get() as number;
    for (const attempt of [() => findEntry(db, stub), () => reverseEntry(db, stub, {}, now)]) {
      expect(attempt).toThrow(expect.objectContaining({ code: 'NOT_FOUND', reason: say('ledger.entryShredded', { seq: stub }) }) as Error);
    }
    expect(() => findEntry(db, 10_000)).toThrow(expect.objectContaining({ reason: say('ledger.entryNotFound', { seq: 10_000 }) }) as Error);
  });
});

describe('sealing months', () => {
  it('seals the empty months before the bound too, so none can take a backdated entry, and moves on a month at a time', async () => {
    const { db, write } = ledger();
    appendEntries(
      db,
      ['2023-01-10', '2026-10-05'].map((date) => ({ content: contributionContent({ date }) })),
      now,
    );
    chooseRecommended(db);
    await applyRetention(db, write, now, 'treasurer', uninterrupted);
    // 24 months before 2026-11-20: every month from January 2023 to October 2024 is sealed, empty or not.
    expect(db.prepare('SELECT count(*), min(month), max(month), sum(entries) FROM sealed_months').raw().get()).toEqual([22, '2023-01', '2024-10', 1]);
    expect(() => appendEntries(db, [{ content: contributionContent({ date: '2024-05-05' }) }], now)).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ key: 'ledger.datedInSealedMonth' }) }) as Error,
    );
    const nextMonth = new Date('2026-12-02T09:00:00Z');
    const { run } = await applyRetention(db, write, nextMonth, 'daily', uninterrupted);
    expect(run).toBeNull();
    expect(db.prepare('SELECT max(month) FROM sealed_months').pluck().get()).toBe('2024-11');
    expect((await verifyLedger(db)).monthlyTotalsCheck).toEqual(say('ledger.check.ok'));
  });
});
