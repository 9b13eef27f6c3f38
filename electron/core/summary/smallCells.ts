import { spanOf, type LinearSpan, type SparseVector } from './linearSpan.ts';

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

/** How many of the smallest shown cells are tried, one by one, as the complement of an exposed cell: cells with no postings, then others. */
const emptyCellsTried = 4;
const complementsTried = 16;

/** The keys of the cells to hide: every cell of fewer than `k` postings (but not none), and as few others as it takes. */
export function cellsToHide(cells: readonly Cell[], knownSums: readonly SparseVector[], columns: number, k: number): Set<string> {
  const small = cells.filter((cell) => cell.count > 0 && cell.count < k);
  const hidden = new Set(small.map((cell) => cell.key));
  // A month with no small cell (one with nothing in it, most often) has nothing to protect.
  if (small.length === 0) return hidden;
  for (;;) {
    const reader = whatTheReaderHas(cells, hidden, knownSums, columns);
    const exposed = small.find((cell) => worksOut(reader, cell));
    if (exposed === undefined) return hidden;
    hidden.add(complementFor(exposed, cells, hidden, knownSums, columns).key);
  }
}

/** What the reader holds: the spans of the shown amounts with the known sums, and of the shown counts, over the columns not shown to be empty. */
interface Reader {
  amounts: LinearSpan;
  counts: LinearSpan;
  /** A vector over the columns left. */
  left: (vector: SparseVector) => SparseVector;
}

function whatTheReaderHas(cells: readonly Cell[], hidden: ReadonlySet<string>, knownSums: readonly SparseVector[], columns: number): Reader {
  const shown = cells.filter((cell) => !hidden.has(cell.key));
  const empty = new Set(shown.filter((cell) => cell.count === 0).flatMap((cell) => [...cell.counted.keys()]));
  // The columns left, numbered afresh: the spans work over these alone.
  const place = new Map<number, number>();
  for (let column = 0; column < columns; column += 1) if (!empty.has(column)) place.set(column, place.size);
  const left = (vector: SparseVector): SparseVector => {
    const kept = new Map<number, number>();
    for (const [column, coefficient] of vector) {
      const placed = place.get(column);
      if (placed !== undefined) kept.set(placed, coefficient);
    }
    return kept;
  };
  return {
    amounts: spanOf(place.size, [...shown.map((cell) => left(cell.amount)), ...knownSums.map(left)]),
    counts: spanOf(
      place.size,
      shown.map((cell) => left(cell.counted)),
    ),
    left,
  };
}

/** Whether the reader can work out a cell's amount or its count. */
function worksOut(reader: Reader, cell: Cell): boolean {
  return reader.amounts.contains(reader.left(cell.amount)) || reader.counts.contains(reader.left(cell.counted));
}

/** The reader once these cells, each with postings, are shown as well (a cell with postings leaves the empty columns as they were). */
function alsoShown(reader: Reader, cells: readonly Cell[]): Reader {
  const amounts = reader.amounts.copy();
  const counts = reader.counts.copy();
  for (const cell of cells) {
    amounts.add(reader.left(cell.amount));
    counts.add(reader.left(cell.counted));
  }
  return { amounts, counts, left: reader.left };
}

/**
 * The shown cell to hide beside an exposed one: of the smallest few, the first whose hiding alone
 * covers it (a cell with no postings first: hiding one costs the reader nothing true); failing that,
 * the smallest that shares a column with it, so that the next round has less to work it out from.
 * The cells with postings are tried over one reader built without any of them, each added back but
 * the one tried.
 */
function complementFor(exposed: Cell, cells: readonly Cell[], hidden: ReadonlySet<string>, knownSums: readonly SparseVector[], columns: number): Cell {
  const candidates = cells.filter((cell) => !hidden.has(cell.key) && cell.counted.size > 0).sort((a, b) => a.count - b.count);
  const emptyTried = candidates.filter((cell) => cell.count === 0).slice(0, emptyCellsTried);
  const coveringEmpty = emptyTried.find((candidate) => !worksOut(whatTheReaderHas(cells, new Set([...hidden, candidate.key]), knownSums, columns), exposed));
  if (coveringEmpty !== undefined) return coveringEmpty;
  const tried = candidates.filter((cell) => cell.count > 0).slice(0, complementsTried);
  const without = whatTheReaderHas(cells, new Set([...hidden, ...tried.map((cell) => cell.key)]), knownSums, columns);
  const covering = tried.find(
    (candidate) =>
      !worksOut(
        alsoShown(
          without,
          tried.filter((other) => other !== candidate),
        ),
        exposed,
      ),
  );
  if (covering !== undefined) return covering;
  const sharing = candidates.find((candidate) => [...candidate.counted.keys()].some((column) => exposed.counted.has(column)));
  const fallback = sharing ?? candidates[0];
  // Every cell hidden leaves the reader only the known sums, none of which is a cell's amount alone.
  if (fallback === undefined) throw new Error(`The cell ${exposed.key} follows from the known sums alone.`);
  return fallback;
}
