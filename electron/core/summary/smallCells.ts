import { spanOf, type SparseVector } from './linearSpan.ts';

/**
 * Small cells, hidden so that nobody can work them out (docs/summary-format.md, "Small cells").
 *
 * A summary's month, in one currency, is a set of cells over the month's possible postings: one
 * column for each account, fund, kind of posting and category that could have been posted to. A
 * cell's amount is a signed sum of some columns, its count the postings in them. A cell of fewer
 * than k postings (but not none) is hidden: primary suppression. It must then not follow from what
 * the reader has: the shown cells, and the sums anyone knows anyway (each account's and each fund's
 * change over the month, from balances published in this summary or another). A cell shown with no
 * postings tells the reader its columns are empty, which they take away. If a hidden cell's amount
 * is a linear combination of what is left, or its count of the shown counts, another cell is hidden
 * (complementary suppression), until none is.
 */
export interface Cell {
  /** Where it sits in the summary: "category food moneyOut". */
  key: string;
  /** Its amount: Σ coefficient × the column's sum. */
  amount: SparseVector;
  /** The columns whose postings it counts, each with coefficient 1. */
  counted: SparseVector;
  count: number;
}

/** How many of the smallest shown cells are tried, one by one, as the complement of an exposed cell. */
const complementsTried = 16;

/** The keys of the cells to hide: every cell of fewer than `k` postings (but not none), and as few others as it takes. */
export function cellsToHide(cells: readonly Cell[], knownSums: readonly SparseVector[], columns: number, k: number): Set<string> {
  const small = cells.filter((cell) => cell.count > 0 && cell.count < k);
  const hidden = new Set(small.map((cell) => cell.key));
  for (;;) {
    const reader = whatTheReaderHas(cells, hidden, knownSums, columns);
    const exposed = small.find((cell) => reader.worksOut(cell));
    if (exposed === undefined) return hidden;
    hidden.add(complementFor(exposed, cells, hidden, knownSums, columns).key);
  }
}

/** The spans of the shown amounts with the known sums, and of the shown counts, without the columns shown to be empty. */
function whatTheReaderHas(cells: readonly Cell[], hidden: ReadonlySet<string>, knownSums: readonly SparseVector[], columns: number): { worksOut: (cell: Cell) => boolean } {
  const shown = cells.filter((cell) => !hidden.has(cell.key));
  const empty = new Set(shown.filter((cell) => cell.count === 0).flatMap((cell) => [...cell.counted.keys()]));
  const left = (vector: SparseVector): SparseVector => new Map([...vector].filter(([column]) => !empty.has(column)));
  const amounts = spanOf(columns, [...shown.map((cell) => left(cell.amount)), ...knownSums.map(left)]);
  const counts = spanOf(
    columns,
    shown.map((cell) => left(cell.counted)),
  );
  return { worksOut: (cell) => amounts.contains(left(cell.amount)) || counts.contains(left(cell.counted)) };
}

/**
 * The shown cell to hide beside an exposed one: of the smallest few, the first whose hiding alone
 * covers it; failing that, the smallest that shares a column with it, so that the next round has less
 * to work it out from. Zero cells count as the smallest: hiding one costs the reader nothing true.
 */
function complementFor(exposed: Cell, cells: readonly Cell[], hidden: ReadonlySet<string>, knownSums: readonly SparseVector[], columns: number): Cell {
  const candidates = cells.filter((cell) => !hidden.has(cell.key) && cell.counted.size > 0).sort((a, b) => a.count - b.count);
  const covering = candidates.slice(0, complementsTried).find((candidate) => !whatTheReaderHas(cells, new Set([...hidden, candidate.key]), knownSums, columns).worksOut(exposed));
  if (covering !== undefined) return covering;
  const sharing = candidates.find((candidate) => [...candidate.counted.keys()].some((column) => exposed.counted.has(column)));
  const fallback = sharing ?? candidates[0];
  // Every cell hidden leaves the reader only the known sums, none of which is a cell's amount alone.
  if (fallback === undefined) throw new Error(`The cell ${exposed.key} follows from the known sums alone.`);
  return fallback;
}
