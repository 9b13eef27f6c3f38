import type { SummaryFigure, SummaryMonth } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { SparseVector } from './linearSpan.ts';
import { cellsToHide, type Cell } from './smallCells.ts';

/**
 * One month of a summary in one currency: its cells, read from the monthly totals (which retention
 * keeps when it shreds a month's entries), with the small ones hidden (smallCells.ts).
 *
 * Every figure goes by the ledger's rule of money in and out (electron/core/ledger/moneyFlow.ts):
 * money in is contributions, money out disbursements and fees, each with its reversals taken away;
 * adjustments are apart. A fund's or an account's `transfers` is what transfers moved into it less
 * what they moved out, so that its money in, less its money out, plus adjusted and transfers, is its
 * balance's change over the month.
 */

const flowKinds = ['contribution', 'disbursement', 'fee', 'adjustment'] as const;
const transferKinds = ['transfer', 'transfer-in'] as const;
type PostingKind = (typeof flowKinds)[number] | (typeof transferKinds)[number];

/** A column: one account, fund, kind of posting and category ('' for none) the month could have posted to. */
interface Column {
  accountId: number;
  fundId: number;
  kind: PostingKind;
  category: string;
}

/** What the month's cells are cut by. */
export interface MonthShape {
  accountIds: number[];
  funds: Array<{ fundId: number; restricted: boolean }>;
  /** Stored names, as monthly_totals holds them, in the order the summary lists them. */
  categories: string[];
  /** The name a category is shown by now, by its stored name (categoryNames.ts): what the summary says. */
  shownCategory: (stored: string) => string;
}

interface TotalsRow {
  account_id: number;
  fund_id: number;
  posting_kind: PostingKind;
  category: string;
  delta: number;
  postings: number;
}

const columnKey = (column: Column) => `${column.accountId} ${column.fundId} ${column.kind} ${column.category}`;

/** Every column the month could have: transfers carry no category. */
function possibleColumns(shape: MonthShape): Column[] {
  const categories = ['', ...shape.categories];
  return shape.accountIds.flatMap((accountId) =>
    shape.funds.flatMap(({ fundId }) => [
      ...flowKinds.flatMap((kind) => categories.map((category) => ({ accountId, fundId, kind, category }))),
      ...transferKinds.map((kind) => ({ accountId, fundId, kind, category: '' })),
    ]),
  );
}

const out = -1;
const asIs = 1;

/** Money in, out and adjusted over the columns that pass `where`, and transfers when asked. */
function flowCells(key: string, where: (column: Column) => boolean, withTransfers: boolean): Array<{ key: string; where: (column: Column) => boolean; coefficient: number }> {
  return [
    { key: `${key} moneyIn`, where: (column) => where(column) && column.kind === 'contribution', coefficient: asIs },
    { key: `${key} moneyOut`, where: (column) => where(column) && (column.kind === 'disbursement' || column.kind === 'fee'), coefficient: out },
    { key: `${key} adjusted`, where: (column) => where(column) && column.kind === 'adjustment', coefficient: asIs },
    ...(withTransfers ? [{ key: `${key} transfers`, where: (column: Column) => where(column) && (column.kind === 'transfer' || column.kind === 'transfer-in'), coefficient: asIs }] : []),
  ];
}

/** The month's cells, in the order they are laid out. */
function cellDefinitions(shape: MonthShape) {
  const paidOut = (column: Column) => column.kind === 'disbursement' || column.kind === 'fee';
  return [
    ...flowCells('total', () => true, false),
    { key: 'outflow aid', where: (column: Column) => column.kind === 'disbursement', coefficient: out },
    { key: 'outflow fees', where: (column: Column) => column.kind === 'fee', coefficient: out },
    ...['', ...shape.categories].flatMap((category) => [
      { key: `category ${category} moneyIn`, where: (column: Column) => column.kind === 'contribution' && column.category === category, coefficient: asIs },
      { key: `category ${category} moneyOut`, where: (column: Column) => paidOut(column) && column.category === category, coefficient: out },
    ]),
    ...shape.funds.flatMap(({ fundId }) => flowCells(`fund ${fundId}`, (column) => column.fundId === fundId, true)),
    ...shape.accountIds.flatMap((accountId) => flowCells(`account ${accountId}`, (column) => column.accountId === accountId, true)),
    ...shape.funds
      .filter((fund) => fund.restricted)
      .flatMap(({ fundId }) =>
        ['', ...shape.categories].map((category) => ({
          key: `restricted ${fundId} ${category} moneyOut`,
          where: (column: Column) => column.fundId === fundId && paidOut(column) && column.category === category,
          coefficient: out,
        })),
      ),
  ];
}

/** The month's figures in one currency, small cells hidden, as the summary lays them out. */
export function monthOfSummary(db: Ledger, month: string, currency: string, shape: MonthShape, smallestCell: number): SummaryMonth {
  const rows = db.prepare('SELECT account_id, fund_id, posting_kind, category, delta, postings FROM monthly_totals WHERE month = ? AND currency = ?').all(month, currency) as TotalsRow[];
  const columns = possibleColumns(shape);
  const index = new Map(columns.map((column, position) => [columnKey(column), position]));
  const sums = columns.map(() => ({ delta: 0, postings: 0 }));
  for (const row of rows) {
    const column = { accountId: row.account_id, fundId: row.fund_id, kind: row.posting_kind, category: row.category };
    // A row the shape did not foresee (a transfer given a category by an older release) is a column of its own.
    const position = index.get(columnKey(column)) ?? columns.push(column) - 1;
    sums[position] = { delta: row.delta, postings: row.postings };
  }

  const definitions = cellDefinitions(shape);
  const cells: Cell[] = definitions.map(({ key, where, coefficient }) => {
    const positions = columns.flatMap((column, position) => (where(column) ? [position] : []));
    return {
      key,
      amount: new Map(positions.map((position) => [position, coefficient])),
      counted: new Map(positions.map((position) => [position, 1])),
      count: positions.reduce((total, position) => total + (sums[position]?.postings ?? 0), 0),
    };
  });
  // Anyone who holds two summaries knows each account's and each fund's change over the month.
  const everyColumnOf = (has: (column: Column) => boolean): SparseVector => new Map(columns.flatMap((column, position) => (has(column) ? [[position, 1] as const] : [])));
  const knownSums = [
    ...shape.accountIds.map((accountId) => everyColumnOf((column) => column.accountId === accountId)),
    ...shape.funds.map(({ fundId }) => everyColumnOf((column) => column.fundId === fundId)),
  ];
  const hidden = cellsToHide(cells, knownSums, columns.length, smallestCell);

  const figures = new Map(
    cells.map((cell): [string, SummaryFigure] => [
      cell.key,
      hidden.has(cell.key) ? { hidden: true } : { count: cell.count, amount: [...cell.amount].reduce((total, [position, coefficient]) => total + coefficient * (sums[position]?.delta ?? 0), 0) },
    ]),
  );
  const figure = (key: string): SummaryFigure => figures.get(key) ?? { hidden: true };
  const flows = (key: string) => ({ moneyIn: figure(`${key} moneyIn`), moneyOut: figure(`${key} moneyOut`), adjusted: figure(`${key} adjusted`) });
  return {
    month,
    currency,
    total: flows('total'),
    outflow: { aid: figure('outflow aid'), fees: figure('outflow fees') },
    categories: ['', ...shape.categories].map((category) => ({
      category: category === '' ? null : shape.shownCategory(category),
      moneyIn: figure(`category ${category} moneyIn`),
      moneyOut: figure(`category ${category} moneyOut`),
    })),
    funds: shape.funds.map(({ fundId }) => ({ fundId, ...flows(`fund ${fundId}`), transfers: figure(`fund ${fundId} transfers`) })),
    accounts: shape.accountIds.map((accountId) => ({ accountId, ...flows(`account ${accountId}`), transfers: figure(`account ${accountId} transfers`) })),
    restricted: shape.funds
      .filter((fund) => fund.restricted)
      .flatMap(({ fundId }) =>
        ['', ...shape.categories].map((category) => ({ fundId, category: category === '' ? null : shape.shownCategory(category), moneyOut: figure(`restricted ${fundId} ${category} moneyOut`) })),
      ),
  };
}
