/**
 * Which sums follow from others: the span of a set of vectors, kept in reduced echelon form, to ask
 * whether one more vector is a linear combination of them. A hidden cell of a summary can be worked
 * out from what the summary shows exactly when its vector lies in the span of the shown cells'
 * vectors (smallCells.ts).
 *
 * The arithmetic is modulo the prime 2^26 − 5, so that every product stays an exact JavaScript
 * number. A vector outside the span over the rationals can look inside it modulo the prime only when
 * the prime divides one of the determinants involved, which for vectors of 0 and ±1 this size is a
 * chance of about one in 67 million, and errs towards hiding more. The tests solve the same systems
 * in exact rational arithmetic.
 */
const prime = 67_108_859;

/** a⁻¹ modulo the prime, by Fermat: a^(p−2). */
function inverse(value: number): number {
  let result = 1;
  let base = value % prime;
  let exponent = prime - 2;
  while (exponent > 0) {
    if (exponent % 2 === 1) result = (result * base) % prime;
    base = (base * base) % prime;
    exponent = Math.floor(exponent / 2);
  }
  return result;
}

/** Vectors of a fixed length, as sparse maps from position to a small integer coefficient. */
export type SparseVector = ReadonlyMap<number, number>;

/** row ← row − factor × basis, modulo the prime, over the positions where basis is not zero. */
function subtract(row: Float64Array, factor: number, basis: Float64Array, filled: readonly number[]): void {
  for (const position of filled) {
    const next = (row[position]! - ((factor * basis[position]!) % prime)) % prime;
    row[position] = next < 0 ? next + prime : next;
  }
}

function filledPositions(values: Float64Array): number[] {
  const filled: number[] = [];
  values.forEach((value, position) => {
    if (value !== 0) filled.push(position);
  });
  return filled;
}

interface BasisRow {
  pivot: number;
  values: Float64Array;
  /** The positions where it is not zero. */
  filled: number[];
}

export class LinearSpan {
  /** Each basis row has a 1 at its pivot, and zero at every other row's pivot. */
  private readonly rows: BasisRow[] = [];

  constructor(private readonly length: number) {}

  private dense(vector: SparseVector): Float64Array {
    const row = new Float64Array(this.length);
    for (const [position, coefficient] of vector) row[position] = ((coefficient % prime) + prime) % prime;
    return row;
  }

  /** What is left of a vector once every basis row is taken away: all zero exactly when the vector lies in the span. */
  private reduce(row: Float64Array): Float64Array {
    for (const basis of this.rows) {
      const factor = row[basis.pivot]!;
      if (factor !== 0) subtract(row, factor, basis.values, basis.filled);
    }
    return row;
  }

  /** Another span, with the same vectors so far, to add to apart. */
  copy(): LinearSpan {
    const copied = new LinearSpan(this.length);
    for (const row of this.rows) copied.rows.push({ pivot: row.pivot, values: row.values.slice(), filled: [...row.filled] });
    return copied;
  }

  contains(vector: SparseVector): boolean {
    return this.reduce(this.dense(vector)).every((coefficient) => coefficient === 0);
  }

  add(vector: SparseVector): void {
    const row = this.reduce(this.dense(vector));
    const pivot = row.findIndex((coefficient) => coefficient !== 0);
    if (pivot === -1) return;
    const scale = inverse(row[pivot]!);
    for (let position = 0; position < this.length; position += 1) row[position] = (row[position]! * scale) % prime;
    const filled = filledPositions(row);
    // Keep the basis reduced: the new pivot is cleared from every earlier row.
    for (const basis of this.rows) {
      const factor = basis.values[pivot]!;
      if (factor === 0) continue;
      subtract(basis.values, factor, row, filled);
      basis.filled = filledPositions(basis.values);
    }
    this.rows.push({ pivot, values: row, filled });
  }
}

/** The span of some vectors, all of one length. */
export function spanOf(length: number, vectors: Iterable<SparseVector>): LinearSpan {
  const span = new LinearSpan(length);
  for (const vector of vectors) span.add(vector);
  return span;
}
