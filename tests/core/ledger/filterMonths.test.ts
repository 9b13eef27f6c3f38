import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryFilter } from '../../../shared/contract/index.ts';
import { accountBalance, balances } from '../../../electron/core/ledger/balances.ts';
import { listEntries, summariseByEntries, summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { rangeParts } from '../../../electron/core/ledger/filterMonths.ts';
import { contributionContent, ledgersClosedAfterEachTest, openEmptyLedger } from './bareLedger.ts';
import { day, insertEntries as insert, randomEntry as entry, withAccountsAndFunds } from './randomLedger.ts';

// Counts, totals and deep windows read from the monthly totals must be exactly what the entries
// themselves say, for every filter the monthly totals can answer: transfers (between accounts, and
// between two funds of one account), reversals, categories, currencies, and ranges that start and
// end inside months.
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-months-');
const ledgerWithAccountsAndFunds = () => withAccountsAndFunds(emptyLedger());

const boundary = fc.oneof(day, fc.constantFrom('2025-12-01', '2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2025-11-30'));
const filter: fc.Arbitrary<EntryFilter> = fc.record(
  {
    from: boundary,
    to: boundary,
    accountId: fc.constantFrom(1, 2, 3),
    fundId: fc.constantFrom(1, 2, 3),
    category: fc.constantFrom('food', 'rent', 'nothing-here', ''),
    kind: fc.constantFrom('contribution', 'disbursement', 'fee', 'adjustment', 'transfer'),
  },
  { requiredKeys: [] },
);

/** Filters that leave thousands of entries, so that windows start deep in them. */
const wideFilter: fc.Arbitrary<EntryFilter> = fc.oneof(
  fc.constant({}),
  fc.record({ from: boundary }),
  fc.record({ to: boundary }),
  fc.record({ from: boundary, to: boundary }),
  fc.record({ kind: fc.constantFrom('disbursement', 'transfer') }),
  fc.record({ accountId: fc.constantFrom(1, 2), to: boundary }),
  fc.record({ fundId: fc.constantFrom(1, 2, 3), from: boundary }),
);

describe('counts, totals and deep windows from the monthly totals', () => {
  it('a filter’s count and money in and out are those of its entries', () => {
    const db = ledgerWithAccountsAndFunds();
    insert(db, fc.sample(entry, { numRuns: 3_000, seed: 7 }));
    fc.assert(
      fc.property(filter, (drawn) => {
        expect(summariseEntries(db, drawn)).toEqual(summariseByEntries(db, drawn));
      }),
      { numRuns: 300 },
    );
  });

  it('an account’s balance on any day, and every fund’s, are the sums of their postings', () => {
    const db = ledgerWithAccountsAndFunds();
    insert(db, fc.sample(entry, { numRuns: 2_000, seed: 5 }));
    const postingsSum = db.prepare('SELECT COALESCE(SUM(delta), 0) FROM postings WHERE account_id = ? AND entry_date <= ?').pluck();
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3), boundary, (accountId, asOf) => {
        expect(accountBalance(db, accountId, asOf)).toBe(postingsSum.get(accountId, asOf));
        expect(accountBalance(db, accountId)).toBe(postingsSum.get(accountId, '9999-12-31'));
      }),
      { numRuns: 100 },
    );
    const funds = balances(db).funds;
    expect(new Map(funds.map(({ fundId, restricted }) => [fundId, restricted]))).toEqual(
      new Map([
        [1, false],
        [2, true],
        [3, false],
      ]),
    );
    for (const fund of funds) expect(fund.balance).toBe(db.prepare('SELECT COALESCE(SUM(delta), 0) FROM postings WHERE fund_id = ? AND currency = ?').pluck().get(fund.fundId, fund.currency));
  });

  it('transfers between two funds of one account are counted once and move nothing in or out of it', () => {
    const db = ledgerWithAccountsAndFunds();
    insert(db, [
      contributionContent({ date: '2026-01-05', amount: 10_000 }),
      contributionContent({ kind: 'transfer', date: '2026-01-06', amount: 2_500, toAccountId: 1, toFundId: 2 }),
      contributionContent({ kind: 'transfer', date: '2026-01-07', amount: 1_000, toAccountId: 2, toFundId: 1 }),
    ]);
    expect(summariseEntries(db, { accountId: 1, from: '2026-01-01', to: '2026-01-31' })).toEqual({
      total: 3,
      includesShredded: false,
      totals: [{ currency: 'USD', moneyIn: 10_000, moneyOut: 1_000, adjusted: 0 }],
    });
    expect(summariseEntries(db, { accountId: 1, kind: 'transfer' })).toEqual({ total: 2, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 0, moneyOut: 1_000, adjusted: 0 }] });
    expect(summariseEntries(db, {})).toEqual({ total: 3, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 10_000, moneyOut: 0, adjusted: 0 }] });
  });

  it('a transfer between two funds is in the view of either; one between two accounts within a fund moves nothing in or out of it', () => {
    const db = ledgerWithAccountsAndFunds();
    insert(db, [
      contributionContent({ date: '2026-01-05', amount: 10_000 }),
      contributionContent({ kind: 'transfer', date: '2026-01-06', amount: 2_500, toAccountId: 1, toFundId: 2 }),
      contributionContent({ kind: 'transfer', date: '2026-01-07', amount: 1_000, toAccountId: 2, toFundId: null }),
      contributionContent({ kind: 'disbursement', date: '2026-01-08', amount: 400, fundId: 2 }),
    ]);
    const bailFund = { fundId: 2, from: '2026-01-01', to: '2026-01-31' };
    expect(summariseEntries(db, bailFund)).toEqual({ total: 2, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 2_500, moneyOut: 400, adjusted: 0 }] });
    expect(summariseEntries(db, bailFund)).toEqual(summariseByEntries(db, bailFund));
    expect(summariseEntries(db, { fundId: 1 })).toEqual({ total: 3, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 10_000, moneyOut: 2_500, adjusted: 0 }] });
    expect(listEntries(db, { fundId: 2 }, { offset: 0, limit: 10 }).map((row) => row.seq)).toEqual([4, 2]);
  });

  it('takes away the transfers within one account on the first and the last day of the months it reads', () => {
    const db = ledgerWithAccountsAndFunds();
    const within = (date: string, amount: number) => contributionContent({ kind: 'transfer', date, amount, toAccountId: 1, toFundId: 2 });
    insert(db, [contributionContent({ date: '2026-01-01', amount: 10_000 }), within('2025-12-31', 100), within('2026-01-01', 200), within('2026-03-31', 400), within('2026-04-01', 800)]);
    const wholeMonths = { accountId: 1, from: '2026-01-01', to: '2026-03-31' };
    expect(summariseEntries(db, wholeMonths)).toEqual({ total: 3, includesShredded: false, totals: [{ currency: 'USD', moneyIn: 10_000, moneyOut: 0, adjusted: 0 }] });
    expect(summariseEntries(db, wholeMonths)).toEqual(summariseByEntries(db, wholeMonths));
  });

  it('every window, however deep, is the same slice of the newest-first list', () => {
    const db = ledgerWithAccountsAndFunds();
    insert(db, fc.sample(entry, { numRuns: 6_000, seed: 11 }));
    fc.assert(
      fc.property(wideFilter, fc.integer({ min: 0, max: 1_010 }), fc.integer({ min: 1, max: 250 }), (drawn, depth, limit) => {
        const all = listEntries(db, drawn, { offset: 0, limit: 10_000 }).map((row) => row.seq);
        const offset = Math.floor((depth / 1_000) * all.length);
        expect(listEntries(db, drawn, { offset, limit }).map((row) => row.seq)).toEqual(all.slice(offset, offset + limit));
      }),
      { numRuns: 150 },
    );
  });

  it('every window of a small ledger, at every offset and size, for ranges that start and end inside months', () => {
    const db = ledgerWithAccountsAndFunds();
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    insert(
      db,
      months.flatMap((month) => ['05', '15', '25'].map((day) => contributionContent({ date: `${month}-${day}`, accountId: day === '15' ? 2 : 1 }))),
    );
    for (const drawn of [
      {},
      { from: '2026-01-10', to: '2026-04-20' },
      { from: '2026-02-01', to: '2026-03-31' },
      { from: '2026-01-26', to: '2026-04-03' },
      { accountId: 1, to: '2026-03-20' },
      { kind: 'fee' as const },
    ]) {
      const all = listEntries(db, drawn, { offset: 0, limit: 100 }).map((row) => row.seq);
      for (let offset = 0; offset <= all.length + 1; offset += 1) {
        for (let limit = 1; limit <= all.length + 1; limit += 1) {
          expect(
            listEntries(db, drawn, { offset, limit }).map((row) => row.seq),
            JSON.stringify({ drawn, offset, limit }),
          ).toEqual(all.slice(offset, offset + limit));
        }
      }
    }
  });

  it('cuts a range into the days at its ends and the whole months between', () => {
    expect(rangeParts(undefined, undefined)).toEqual([{ months: {} }]);
    expect(rangeParts('2026-01-01', '2026-02-28')).toEqual([{ months: { first: '2026-01', last: '2026-02' } }]);
    expect(rangeParts('2024-01-15', '2024-02-29')).toEqual([{ days: { from: '2024-01-15', to: '2024-01-31' } }, { months: { first: '2024-02', last: '2024-02' } }]);
    expect(rangeParts('2026-01-15', '2026-02-28')).toEqual([{ days: { from: '2026-01-15', to: '2026-01-31' } }, { months: { first: '2026-02', last: '2026-02' } }]);
    expect(rangeParts('2025-12-02', '2026-01-30')).toEqual([{ days: { from: '2025-12-02', to: '2025-12-31' } }, { days: { from: '2026-01-01', to: '2026-01-30' } }]);
    expect(rangeParts('2026-02-03', '2026-02-20')).toEqual([{ days: { from: '2026-02-03', to: '2026-02-20' } }]);
    expect(rangeParts('2026-03-01', '2026-02-01')).toEqual([{ days: { from: '2026-03-01', to: '2026-02-01' } }]);
    expect(rangeParts(undefined, '2025-12-15')).toEqual([{ months: { first: undefined, last: '2025-11' } }, { days: { from: '2025-12-01', to: '2025-12-15' } }]);
    expect(rangeParts('0099-12-31', undefined)).toEqual([{ days: { from: '0099-12-31', to: '0099-12-31' } }, { months: { first: '0100-01', last: undefined } }]);
  });
});
