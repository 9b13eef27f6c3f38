import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, money, say } from '../../../shared/messages/message.ts';
import { addAccount, setAccountStatus } from '../../../electron/core/accounts/paymentAccounts.ts';
import { addFund } from '../../../electron/core/funds/funds.ts';
import { appendEntries, appendEntry } from '../../../electron/core/ledger/appendEntry.ts';
import type { EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { verifyLedger } from '../../../electron/core/ledger/verifyLedger.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { noPersonalTies, contributionContent, ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// A batch (an import, later) goes through the same rules as single entries, read once per batch:
// it is written whole or not at all, and what it writes is what the same entries written one by one
// would have written.
const now = new Date('2026-11-30T12:00:00Z');
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-batch-');

const payout = (changed: Partial<EntryContent>): EntryContent => contributionContent({ kind: 'disbursement', category: 'food', recipientCode: 'R-TEST01', ...changed });
const entryCount = (db: Ledger): number => (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;

function refusal(work: () => unknown): TreasuryError {
  try {
    work();
  } catch (error) {
    if (error instanceof TreasuryError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('appending a batch of entries', () => {
  it('writes the same rows as the same entries appended one by one, each with salts of its own, and a chain that verifies', async () => {
    const kinds = fc.constantFrom<EntryContent['kind']>('contribution', 'fee', 'adjustment');
    const content = fc.record({ kind: kinds, amount: fc.integer({ min: 1, max: 10_000_000 }), day: fc.integer({ min: 1, max: 28 }), memo: fc.option(fc.string({ maxLength: 20 }), { nil: null }) });
    await fc.assert(
      fc.asyncProperty(fc.array(content, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 3 }), async (drawn, before) => {
        const contents = drawn.map(({ kind, amount, day, memo }) => contributionContent({ kind, amount, memo, date: `2026-10-${String(day).padStart(2, '0')}` }));
        const leading = contributionContent({ amount: 1_000_000_000 });
        const oneByOne = bareLedger();
        const batched = bareLedger();
        for (let index = 0; index < before; index += 1) {
          appendEntry(oneByOne, leading, now);
          appendEntry(batched, leading, now);
        }
        const singles = contents.map((entry) => appendEntry(oneByOne, entry, now));
        expect(
          appendEntries(
            batched,
            contents.map((entry) => ({ content: entry })),
            now,
          ),
        ).toEqual(singles);
        // Everything but the salts and what they make: each way drew salts of its own.
        const rows = (db: Ledger): unknown[] =>
          db
            .prepare(
              `SELECT seq, kind, entry_date, amount, sign, currency, account_id, to_account_id, fund_id, to_fund_id, category, recipient_code, memo,
                      receipt_sha256, platform_transaction_id, reverses_seq, recorded_at, format, memo_salt IS NULL, memo_digest IS NULL FROM entries ORDER BY seq`,
            )
            .raw()
            .all();
        expect(rows(batched)).toEqual(rows(oneByOne));
        expect(batched.prepare('SELECT * FROM monthly_totals ORDER BY 1, 2, 3, 4, 5, 6').all()).toEqual(oneByOne.prepare('SELECT * FROM monthly_totals ORDER BY 1, 2, 3, 4, 5, 6').all());
        expect(await verifyLedger(batched)).toMatchObject({ firstBrokenLink: null, monthlyTotalsCheck: say('ledger.check.ok') });
        expect(await verifyLedger(oneByOne)).toMatchObject({ firstBrokenLink: null });
      }),
      { numRuns: 15 },
    );
  });

  it('is refused whole when one entry pays out of a frozen account, and writes nothing', async () => {
    const db = bareLedger();
    const venmo = addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    appendEntry(db, contributionContent({ accountId: venmo.id, amount: 5_000, date: '2026-11-01' }), now);
    setAccountStatus(db, { accountId: venmo.id, status: 'frozen', date: '2026-11-10', reason: 'Platform review' }, now);
    const before = entryCount(db);
    const refused = refusal(() =>
      appendEntries(
        db,
        [
          { content: contributionContent({ amount: 700, date: '2026-11-12' }) },
          { content: payout({ accountId: venmo.id, amount: 1_000, date: '2026-11-12' }) },
          { content: contributionContent({ amount: 800, date: '2026-11-12' }) },
        ],
        now,
      ),
    );
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(refused.reason).toEqual(say('accounts.cannotPayOut', { account: 'Venmo', status: say('accounts.status.frozen'), date: day('2026-11-12'), amount: money(1_000, 'USD') }));
    expect(entryCount(db)).toBe(before);
    expect(await verifyLedger(db)).toMatchObject({ firstBrokenLink: null, monthlyTotalsCheck: say('ledger.check.ok') });
  });

  it('holds a restricted fund to zero across the batch: money in later in the batch, or dated later, does not cover a payout', () => {
    const db = bareLedger();
    const bail = addFund(db, { name: 'Bail fund', restricted: true }, now);
    const incoming = { content: contributionContent({ fundId: bail.id, amount: 10_000, date: '2026-11-20' }) };
    const paidEarlier = { content: payout({ fundId: bail.id, amount: 6_000, date: '2026-11-15' }) };
    const refused = refusal(() => appendEntries(db, [incoming, paidEarlier], now));
    expect(refused.code).toBe('FUND_TOO_LOW');
    expect(refused.reason).toEqual(say('funds.restrictedTooLow', { fund: 'Bail fund', held: money(0, 'USD'), date: day('2026-11-15'), after: money(-6_000, 'USD') }));
    expect(entryCount(db)).toBe(0);

    const overspent = refusal(() =>
      appendEntries(
        db,
        [{ content: contributionContent({ fundId: bail.id, amount: 10_000 }) }, { content: payout({ fundId: bail.id, amount: 6_000 }) }, { content: payout({ fundId: bail.id, amount: 5_000 }) }],
        now,
      ),
    );
    expect(overspent.reason).toEqual(say('funds.restrictedTooLow', { fund: 'Bail fund', held: money(10_000, 'USD'), date: day('2026-11-01'), after: money(-1_000, 'USD') }));
    expect(entryCount(db)).toBe(0);

    expect(appendEntries(db, [{ content: contributionContent({ fundId: bail.id, amount: 10_000 }) }, { content: payout({ fundId: bail.id, amount: 10_000 }) }], now)).toEqual([1, 2]);
  });

  it('lets a closed account write off what it held, down to zero over the whole batch and no further', () => {
    const db = bareLedger();
    const venmo = addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    appendEntry(db, contributionContent({ accountId: venmo.id, amount: 5_000 }), now);
    setAccountStatus(db, { accountId: venmo.id, status: 'closed', date: '2026-11-10', reason: 'Closed by the platform' }, now);
    const writeOff = (amount: number, date: string) => ({ content: contributionContent({ kind: 'fee', accountId: venmo.id, amount, date }) });
    // The first write-off leaves $20.00; the second would go below zero, and is the one refused.
    const refused = refusal(() => appendEntries(db, [writeOff(3_000, '2026-11-12'), writeOff(3_000, '2026-11-13')], now));
    expect(refused.code).toBe('ACCOUNT_UNAVAILABLE');
    expect(refused.reason).toEqual(say('accounts.closedNothingLeaves', { account: 'Venmo', date: day('2026-11-13') }));
    expect(entryCount(db)).toBe(1);
    expect(appendEntries(db, [writeOff(3_000, '2026-11-12'), writeOff(2_000, '2026-11-13')], now)).toEqual([2, 3]);
  });

  it('judges a write-off on the closed account’s own balance, whatever else the batch moves', () => {
    const db = bareLedger();
    const venmo = addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    const cash = addAccount(db, { name: 'Cash box', kind: 'cash-box', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    appendEntry(db, contributionContent({ accountId: venmo.id, amount: 5_000 }), now);
    setAccountStatus(db, { accountId: venmo.id, status: 'closed', date: '2026-11-10', reason: 'Closed by the platform' }, now);
    setAccountStatus(db, { accountId: cash.id, status: 'frozen', date: '2026-11-10', reason: 'Review' }, now);
    // Venmo written off to exactly zero, then money into the frozen cash box later in the same batch.
    const batch = [
      { content: contributionContent({ kind: 'fee', accountId: venmo.id, amount: 5_000, date: '2026-11-12' }) },
      { content: contributionContent({ accountId: cash.id, amount: 1_000, date: '2026-11-13' }) },
    ];
    expect(appendEntries(db, batch, now)).toEqual([2, 3]);
  });

  it('refuses a batch with one date outside the vault’s range, and an empty batch writes nothing', () => {
    const db = bareLedger();
    const refused = refusal(() => appendEntries(db, [{ content: contributionContent({}) }, { content: contributionContent({ date: '1999-12-31' }) }], now));
    expect(refused.code).toBe('INVALID_ENTRY');
    expect(refused.reason).toEqual(say('ledger.datedTooEarly', { dated: 'entry', earliest: day('2000-01-01') }));
    expect(entryCount(db)).toBe(0);
    expect(appendEntries(db, [], now)).toEqual([]);
    expect(entryCount(db)).toBe(0);
  });
});
