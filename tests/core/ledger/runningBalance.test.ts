import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../shared/contract/index.ts';
import { balances } from '../../../electron/core/ledger/balances.ts';
import { listEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { followsOneBalance } from '../../../shared/runningBalance.ts';
import { contributionContent, ledgersClosedAfterEachTest, openEmptyLedger } from './bareLedger.ts';
import { day, insertEntries, randomEntry, withAccountsAndFunds } from './randomLedger.ts';

const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-running-');
const ledgerWithAccountsAndFunds = () => withAccountsAndFunds(emptyLedger());

type Holder = { accountId: number } | { fundId: number };
const holders: Holder[] = [{ accountId: 1 }, { accountId: 2 }, { accountId: 3 }, { fundId: 1 }, { fundId: 2 }, { fundId: 3 }];

/**
 * What an entry did to one account's or fund's balance, worked out from the entry as the list gives
 * it (not from the SQL that the running balance uses): its paying side moved it by `accountEffect`, a
 * transfer's receiving side (its second account, its second fund or else its own) by the opposite.
 */
function effectOn(holder: Holder, row: LedgerRow): number {
  const paying = 'accountId' in holder ? row.accountId === holder.accountId : row.fundId === holder.fundId;
  const receiving = row.kind === 'transfer' && ('accountId' in holder ? row.toAccountId === holder.accountId : (row.toFundId ?? row.fundId) === holder.fundId);
  return (paying ? row.accountEffect : 0) + (receiving ? -row.accountEffect : 0);
}

function allRows(db: ReturnType<typeof ledgerWithAccountsAndFunds>, filter: object): LedgerRow[] {
  return listEntries(db, filter, { offset: 0, limit: 100_000 });
}

describe('the running balance of one account or one fund', () => {
  it('ends at the balance ledger.balances gives, and moves by each row’s effect, over random ledgers', () => {
    fc.assert(
      fc.property(fc.array(randomEntry, { minLength: 1, maxLength: 60 }), (contents) => {
        const db = ledgerWithAccountsAndFunds();
        insertEntries(db, contents);
        const { accounts, funds } = balances(db);
        for (const holder of holders) {
          const rows = allRows(db, holder);
          // Newest first: the first row of each currency holds the balance now.
          for (const currency of new Set(rows.map((row) => row.currency))) {
            const newest = rows.find((row) => row.currency === currency);
            const now =
              'accountId' in holder
                ? accounts.find((account) => account.accountId === holder.accountId)?.balance
                : funds.find((fund) => fund.fundId === holder.fundId && fund.currency === currency)?.balance;
            expect(newest?.balanceAfter, JSON.stringify({ holder, currency })).toBe(now);
          }
          const ofCurrency = new Map<string, LedgerRow[]>();
          for (const row of rows) ofCurrency.set(row.currency, [...(ofCurrency.get(row.currency) ?? []), row]);
          for (const inCurrency of ofCurrency.values()) {
            inCurrency.forEach((row, index) => {
              const older = inCurrency[index + 1];
              expect(row.balanceAfter, JSON.stringify({ holder, seq: row.seq })).toBe((older?.balanceAfter ?? 0) + effectOn(holder, row));
            });
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('is the same in a window at any offset, and with dates narrowing the rows, as in the whole list', () => {
    const db = ledgerWithAccountsAndFunds();
    insertEntries(db, fc.sample(randomEntry, { numRuns: 3_000, seed: 13 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...holders),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        fc.nat(1_200),
        fc.integer({ min: 1, max: 300 }),
        (holder, from, to, offset, limit) => {
          const whole = new Map(allRows(db, holder).map((row) => [row.seq, row.balanceAfter]));
          const filter = { ...holder, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
          for (const row of listEntries(db, filter, { offset, limit })) expect(row.balanceAfter).toBe(whole.get(row.seq));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is shown only for one account or one fund narrowed by dates alone', () => {
    expect(followsOneBalance({ accountId: 1 })).toBe(true);
    expect(followsOneBalance({ fundId: 2, from: '2026-01-01', to: '2026-01-31' })).toBe(true);
    expect(followsOneBalance({ fundId: 2, memoContains: '' })).toBe(true);
    expect(followsOneBalance({})).toBe(false);
    expect(followsOneBalance({ from: '2026-01-01' })).toBe(false);
    expect(followsOneBalance({ accountId: 1, fundId: 2 })).toBe(false);
    expect(followsOneBalance({ accountId: 1, kind: 'fee' })).toBe(false);
    expect(followsOneBalance({ fundId: 1, category: 'food' })).toBe(false);
    expect(followsOneBalance({ fundId: 1, memoContains: 'rent' })).toBe(false);
    expect(followsOneBalance({ accountId: 1, recipientCode: 'R-1' })).toBe(false);
    const db = ledgerWithAccountsAndFunds();
    insertEntries(db, [contributionContent({ date: '2026-01-05', amount: 10_000 }), contributionContent({ kind: 'fee', date: '2026-01-06', amount: 50 })]);
    expect(listEntries(db, { accountId: 1 }, { offset: 0, limit: 10 }).map((row) => row.balanceAfter)).toEqual([9_950, 10_000]);
    expect(listEntries(db, { accountId: 1, kind: 'fee' }, { offset: 0, limit: 10 }).map((row) => row.balanceAfter)).toEqual([null]);
    expect(listEntries(db, {}, { offset: 0, limit: 10 }).map((row) => row.balanceAfter)).toEqual([null, null]);
  });

  it('counts a transfer between two funds in each fund’s balance, and a transfer between two of a fund’s accounts in neither', () => {
    const db = ledgerWithAccountsAndFunds();
    insertEntries(db, [
      contributionContent({ date: '2026-01-05', amount: 10_000 }),
      contributionContent({ kind: 'transfer', date: '2026-01-06', amount: 2_500, toAccountId: 1, toFundId: 2 }),
      contributionContent({ kind: 'transfer', date: '2026-01-07', amount: 1_000, toAccountId: 2, toFundId: null }),
    ]);
    const balancesOf = (filter: object) => listEntries(db, filter, { offset: 0, limit: 10 }).map((row) => [row.seq, row.balanceAfter]);
    expect(balancesOf({ fundId: 1 })).toEqual([
      [3, 7_500],
      [2, 7_500],
      [1, 10_000],
    ]);
    expect(balancesOf({ fundId: 2 })).toEqual([[2, 2_500]]);
    expect(balancesOf({ accountId: 1 })).toEqual([
      [3, 9_000],
      [2, 10_000],
      [1, 10_000],
    ]);
    expect(balancesOf({ accountId: 2 })).toEqual([[3, 1_000]]);
  });
});
