import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SummaryFigure, SummaryMonth } from '../../../shared/contract/index.ts';
import type { EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { monthOfSummary, type MonthShape } from '../../../electron/core/summary/monthCells.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { contributionContent, ledgersClosedAfterEachTest, openEmptyLedger } from '../ledger/bareLedger.ts';
import { insertEntries, withAccountsAndFunds } from '../ledger/randomLedger.ts';

// An attacker holds a month of a summary and every account's and fund's change over that month (from
// two summaries' balances). They know what each cell adds up (docs/summary-format.md) and take away
// the columns a cell shown with no postings says are empty. For every hidden cell of fewer than k
// postings, they ask whether its amount is a linear combination of what they hold, or its count of
// the shown counts, solving in exact rational arithmetic (BigInt), apart from the app's own solver.

const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-cells-');
const smallestCell = 11;
const categories = ['bail', 'donation', 'dues', 'food', 'grant', 'medical', 'other', 'refund', 'rent', 'transfer-in', 'transport', 'utilities'];
const kinds = ['contribution', 'disbursement', 'fee', 'adjustment', 'transfer', 'transfer-in'] as const;
type Kind = (typeof kinds)[number];
interface Column {
  account: number;
  fund: number;
  kind: Kind;
  category: string;
}

/** The columns a month in USD could post to: accounts 1 and 2, funds 1 to 3 (2 restricted). */
const columns: Column[] = [1, 2].flatMap((account) =>
  [1, 2, 3].flatMap((fund) => kinds.flatMap((kind) => (kind === 'transfer' || kind === 'transfer-in' ? [''] : ['', ...categories]).map((category) => ({ account, fund, kind, category })))),
);

/** Each published figure, as the attacker reads the format: which columns it adds up, and with which sign. */
function definitions(month: SummaryMonth): Array<{ figure: SummaryFigure; has: (column: Column) => boolean; sign: number }> {
  const flows = (figures: { moneyIn: SummaryFigure; moneyOut: SummaryFigure; adjusted: SummaryFigure }, within: (column: Column) => boolean) => [
    { figure: figures.moneyIn, has: (column: Column) => within(column) && column.kind === 'contribution', sign: 1 },
    { figure: figures.moneyOut, has: (column: Column) => within(column) && (column.kind === 'disbursement' || column.kind === 'fee'), sign: -1 },
    { figure: figures.adjusted, has: (column: Column) => within(column) && column.kind === 'adjustment', sign: 1 },
  ];
  const transfers = (figure: SummaryFigure, within: (column: Column) => boolean) => ({ figure, has: (column: Column) => within(column) && column.kind.startsWith('transfer'), sign: 1 });
  return [
    ...flows(month.total, () => true),
    { figure: month.outflow.aid, has: (column) => column.kind === 'disbursement', sign: -1 },
    { figure: month.outflow.fees, has: (column) => column.kind === 'fee', sign: -1 },
    ...month.categories.flatMap((row) => [
      { figure: row.moneyIn, has: (column: Column) => column.kind === 'contribution' && column.category === (row.category ?? ''), sign: 1 },
      { figure: row.moneyOut, has: (column: Column) => (column.kind === 'disbursement' || column.kind === 'fee') && column.category === (row.category ?? ''), sign: -1 },
    ]),
    ...month.funds.flatMap((row) => [...flows(row, (column) => column.fund === row.fundId), transfers(row.transfers, (column) => column.fund === row.fundId)]),
    ...month.accounts.flatMap((row) => [...flows(row, (column) => column.account === row.accountId), transfers(row.transfers, (column) => column.account === row.accountId)]),
    ...month.restricted.map((row) => ({
      figure: row.moneyOut,
      has: (column: Column) => column.fund === row.fundId && (column.kind === 'disbursement' || column.kind === 'fee') && column.category === (row.category ?? ''),
      sign: -1,
    })),
  ];
}

/** Rows in echelon form over the integers, to ask whether a vector is a combination of them (over the rationals). */
class ExactSpan {
  private readonly rows: Array<{ pivot: number; row: bigint[] }> = [];
  private reduce(vector: bigint[]): bigint[] {
    let row = [...vector];
    for (const { pivot, row: basis } of this.rows) {
      const here = row[pivot] ?? 0n;
      if (here === 0n) continue;
      const lead = basis[pivot] ?? 1n;
      row = row.map((value, position) => value * lead - here * (basis[position] ?? 0n));
      const divisor = row.reduce((g, value) => gcd(g, value < 0n ? -value : value), 0n);
      if (divisor > 1n) row = row.map((value) => value / divisor);
    }
    return row;
  }
  add(vector: bigint[]): void {
    const row = this.reduce(vector);
    const pivot = row.findIndex((value) => value !== 0n);
    if (pivot !== -1) this.rows.push({ pivot, row });
  }
  contains(vector: bigint[]): boolean {
    return this.reduce(vector).every((value) => value === 0n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** The hidden cells of fewer than k postings that the attacker works out, by their place in the month. */
function workedOut(db: Ledger, month: SummaryMonth, hiddenBy: (figure: SummaryFigure, count: number) => boolean): string[] {
  const postings = (has: (column: Column) => boolean) =>
    columns.filter(has).reduce((total, column) => {
      const row = db
        .prepare("SELECT postings FROM monthly_totals WHERE month = ? AND currency = 'USD' AND account_id = ? AND fund_id = ? AND posting_kind = ? AND category = ?")
        .get(month.month, column.account, column.fund, column.kind, column.category) as { postings: number } | undefined;
      return total + (row?.postings ?? 0);
    }, 0);
  const cells = definitions(month).map((definition, place) => ({ ...definition, place, count: postings(definition.has) }));
  const shown = cells.filter((cell) => !hiddenBy(cell.figure, cell.count));
  const empty = new Set(shown.filter((cell) => cell.count === 0).flatMap((cell) => columns.filter(cell.has)));
  const vector = (has: (column: Column) => boolean, sign: number) => columns.map((column) => (has(column) && !empty.has(column) ? BigInt(sign) : 0n));
  const amounts = new ExactSpan();
  const counts = new ExactSpan();
  for (const cell of shown) {
    amounts.add(vector(cell.has, cell.sign));
    counts.add(vector(cell.has, 1));
  }
  for (const account of [1, 2]) amounts.add(vector((column) => column.account === account, 1));
  for (const fund of [1, 2, 3]) amounts.add(vector((column) => column.fund === fund, 1));
  return cells
    .filter((cell) => hiddenBy(cell.figure, cell.count) && cell.count > 0 && cell.count < smallestCell)
    .filter((cell) => amounts.contains(vector(cell.has, cell.sign)) || counts.contains(vector(cell.has, 1)))
    .map((cell) => `${month.month} #${cell.place}`);
}

/** A few dozen USD entries a month over four months: small enough that many cells hold fewer than k. */
const sparseEntry = fc
  .record({
    kind: fc.constantFrom<EntryContent['kind']>('contribution', 'contribution', 'contribution', 'disbursement', 'disbursement', 'fee', 'adjustment', 'transfer'),
    month: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04'),
    day: fc.integer({ min: 10, max: 28 }),
    amount: fc.integer({ min: 1, max: 500_000 }),
    sign: fc.constantFrom(1, 1, 1, 1, -1),
    accountId: fc.constantFrom(1, 1, 2),
    toAccountId: fc.constantFrom(1, 2),
    fundId: fc.constantFrom(1, 1, 1, 2, 3),
    toFundId: fc.constantFrom(1, 2, 3),
    category: fc.constantFrom('food', 'food', 'food', 'rent', 'rent', 'medical', 'bail', 'other'),
  })
  .map(({ month, day, kind, toAccountId, toFundId, category, ...rest }) =>
    contributionContent({
      ...rest,
      kind,
      date: `${month}-${day}`,
      toAccountId: kind === 'transfer' ? toAccountId : null,
      toFundId: kind === 'transfer' ? toFundId : null,
      category: kind === 'transfer' ? null : category,
    }),
  );

const shape: MonthShape = {
  accountIds: [1, 2],
  funds: [
    { fundId: 1, restricted: false },
    { fundId: 2, restricted: true },
    { fundId: 3, restricted: false },
  ],
  categories,
  shownCategory: (stored) => stored,
};

describe('small cells in a summary', () => {
  it('no hidden cell of fewer than k postings can be worked out from what a month shows and the balances, for random ledgers; hiding the small cells alone would not do', () => {
    let exposedWithoutComplements = 0;
    let smallCells = 0;
    fc.assert(
      fc.property(fc.oneof(fc.array(sparseEntry, { minLength: 4, maxLength: 40 }), fc.array(sparseEntry, { minLength: 40, maxLength: 160 })), (entries) => {
        const db = withAccountsAndFunds(emptyLedger());
        insertEntries(db, entries);
        expect(db.prepare('SELECT name FROM categories ORDER BY name').pluck().all()).toEqual(categories);
        for (const month of ['2026-01', '2026-02', '2026-03', '2026-04']) {
          const published = monthOfSummary(db, month, 'USD', shape, smallestCell);
          expect(workedOut(db, published, (figure) => 'hidden' in figure)).toEqual([]);
          const primaryOnly = workedOut(db, published, (_figure, count) => count > 0 && count < smallestCell);
          exposedWithoutComplements += primaryOnly.length;
          smallCells += definitions(published).filter((definition) => 'hidden' in definition.figure).length;
        }
      }),
      { numRuns: 30, seed: 14 },
    );
    // The attack is strong enough to matter: with the small cells hidden and nothing else, it finds some.
    expect(smallCells).toBeGreaterThan(0);
    expect(exposedWithoutComplements).toBeGreaterThan(0);
  }, 120_000);
});
