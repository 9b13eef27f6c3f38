// Over random ledgers and random schedules, a retention run changes no balance and no total: every
// account's, fund's and currency's balance, and the money in and out of every month and category,
// are the same after it as before, and the chain still verifies. Synthetic data only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendEntries, type NewEntry } from '../../../electron/core/ledger/appendEntry.ts';
import { balances } from '../../../electron/core/ledger/balances.ts';
import { summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import { uninterrupted } from '../../../electron/core/longWork.ts';
import { applyRetention } from '../../../electron/core/retention/applyRetention.ts';
import { setRetentionAges } from '../../../electron/core/retention/retentionAges.ts';
import { writeOnSameConnection } from '../../../electron/core/vault/backgroundWriter.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { contributionContent } from '../ledger/bareLedger.ts';
import { checkPassed } from '../../../shared/verification.ts';
import { now, retentionLedgers } from './ledgerAcrossMonths.ts';

const ledger = retentionLedgers();

const categories = ['food', 'rent', 'other'] as const;
const entry = fc.record({
  kind: fc.constantFrom('contribution', 'disbursement', 'fee', 'transfer', 'adjustment'),
  // Every day from January 2022 to November 2026.
  day: fc.integer({ min: 0, max: 1_784 }),
  amount: fc.integer({ min: 1, max: 50_000_00 }),
  out: fc.boolean(),
  account: fc.constantFrom(1, 2),
  fund: fc.constantFrom(1, 2),
  category: fc.constantFrom(...categories),
  memo: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
  code: fc.option(fc.stringMatching(/^R-[0-9A-Z]{6}$/), { nil: null }),
});
const age = fc.oneof(
  fc.constant('never'),
  fc.integer({ min: 1, max: 1_500 }).map((days) => `${days}d`),
  fc.integer({ min: 1, max: 48 }).map((months) => `${months}m`),
);
const schedule = fc.record({ memos: age, receipts: age, recipientCodes: age, entries: age, shredLog: age });

function isoDay(offset: number): string {
  return new Date(Date.UTC(2022, 0, 1 + offset)).toISOString().slice(0, 10);
}

function content(each: typeof entry extends fc.Arbitrary<infer T> ? T : never): NewEntry {
  return {
    content: contributionContent({
      kind: each.kind,
      date: isoDay(each.day),
      amount: each.amount,
      sign: each.kind === 'adjustment' && each.out ? -1 : 1,
      accountId: each.account,
      toAccountId: each.kind === 'transfer' ? 3 - each.account : null,
      fundId: each.fund,
      toFundId: each.kind === 'transfer' ? 3 - each.fund : null,
      category: each.kind === 'transfer' ? null : each.category,
      memo: each.memo,
      recipientCode: each.kind === 'disbursement' ? each.code : null,
    }),
  };
}

/** Every balance, and the money in and out of each month, category and account. */
function figures(db: Ledger) {
  const months = db.prepare('SELECT DISTINCT month FROM monthly_totals ORDER BY month').pluck().all() as string[];
  const last = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return {
    balances: balances(db),
    months: months.flatMap((month) => [
      summariseEntries(db, { from: `${month}-01`, to: last(month) }).totals,
      ...categories.map((category) => summariseEntries(db, { from: `${month}-01`, to: last(month), category }).totals),
      ...[1, 2].map((accountId) => summariseEntries(db, { from: `${month}-01`, to: last(month), accountId }).totals),
    ]),
    whole: [summariseEntries(db, {}).totals, ...categories.map((category) => summariseEntries(db, { category }).totals)],
  };
}

describe('a retention run over random ledgers', () => {
  it('keeps every balance and every month’s and category’s totals, and the chain verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 50, maxLength: 400 }), schedule, async (entries, ages) => {
        const { db } = ledger();
        db.prepare(
          "INSERT INTO payment_accounts (name, kind, currency, holder, mfa, personal_phone, personal_name, personal_card, created_at) VALUES ('Second', 'bank', 'USD', 'organisation', 1, 0, 0, 0, '2026-01-01T00:00:00.000Z')",
        ).run();
        db.prepare("INSERT INTO funds (name, restricted, purpose, created_at, name_key) VALUES ('Second', 0, NULL, '2026-01-01T00:00:00.000Z', 'second')").run();
        appendEntries(db, entries.map(content), now);
        setRetentionAges(db, ages, now);
        const before = figures(db);
        const chain = db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
        const { run } = await applyRetention(db, writeOnSameConnection(db), now, 'treasurer', uninterrupted);
        expect(figures(db)).toEqual(before);
        const verification = await verifyLedger(db);
        expect(verification.firstBrokenLink).toBeNull();
        expect(verification.entriesChecked).toBe(chain);
        expect(checkPassed(verification.monthlyTotalsCheck)).toBe(true);
        expect(db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(chain - (run?.counts.entries ?? 0));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
