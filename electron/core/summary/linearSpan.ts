/**
 * Which sums follow from others: the span of a set of vectors, kept in echelon form, to ask whether
 * one more vector is a linear combination of them. A hidden cell of a summary can be worked out from
 * what the summary shows exactly when its vector lies in the span of the shown cells' vectors
 * (smallCells.ts).
 *
 * The arithmetic is modulo the prime 2^26 − 5, so that every product stays an exact JavaScript
 * number. A vector outside the span over the rationals can look inside it modulo the prime only when
 * the prime divides one of the determinants involved, which for vectors of 0 and ±1 this size is a
 * chance of about one in 67 million, and errs towards hiding more. The tests solve the same systems
 * in exact rational arithmetic.
 */
const prime = 67_108_859;

function modulo(value: number): number {
  const rest = value % prime;
  return rest < 0 ? rest + prime : rest;
}

/** a⁻¹ modulo the prime, by Fermat: a^(p−2). */
function inverse(value: number): number {
  let result = 1;
  let base = modulo(value);
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

export class LinearSpan {
  /** Each basis row has a leading 1 at its pivot, and zero at every other row's pivot. */
  private readonly rows = new Map<number, number[]>();

  constructor(private readonly length: number) {}

  private dense(vector: SparseVector): number[] {
    const row = new Array<number>(this.length).fill(0);
    for (const [position, coefficient] of vector) row[position] = modulo(coefficient);
    return row;
  }

  /** What is left of a vector once every basis row is taken away: all zero exactly when the vector lies in the span. */
  private reduce(row: number[]): number[] {
    for (const [pivot, basisRow] of this.rows) {
      const factor = row[pivot] ?? 0;
      if (factor === 0) continue;
      for (let position = 0; position < this.length; position += 1) {
        const coefficient = basisRow[position] ?? 0;
        if (coefficient !== 0) row[position] = modulo((row[position] ?? 0) - ((factor * coefficient) % prime));
      }
    }
    return row;
  }

  contains(vector: SparseVector): boolean {
    return this.reduce(this.dense(vector)).every((coefficient) => coefficient === 0);
  }

  add(vector: SparseVector): void {
    const row = this.reduce(this.dense(vector));
    const pivot = row.findIndex((coefficient) => coefficient !== 0);
    if (pivot === -1) return;
    const scale = inverse(row[pivot] ?? 1);
    const normalised = row.map((coefficient) => (coefficient * scale) % prime);
    // Keep the basis reduced: the new pivot is cleared from every earlier row.
    for (const basisRow of this.rows.values()) {
      const factor = basisRow[pivot] ?? 0;
      if (factor === 0) continue;
      for (let position = 0; position < this.length; position += 1) {
        const coefficient = normalised[position] ?? 0;
        if (coefficient !== 0) basisRow[position] = modulo((basisRow[position] ?? 0) - ((factor * coefficient) % prime));
      }
    }
    this.rows.set(pivot, normalised);
  }
}

/** The span of some vectors, all of one length. */
export function spanOf(length: number, vectors: Iterable<SparseVector>): LinearSpan {
  const span = new LinearSpan(length);
  for (const vector of vectors) span.add(vector);
  return span;
}
