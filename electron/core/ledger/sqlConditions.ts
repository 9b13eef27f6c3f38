/** The conditions of a WHERE clause and their parameters, gathered one at a time. */
export interface Conditions {
  add(clause: string, ...values: Array<string | number>): void;
  /** `WHERE a AND b …`, or nothing when no condition was added. */
  readonly sql: string;
  readonly params: Array<string | number>;
}

export function conditions(): Conditions {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  return {
    add(clause, ...values) {
      clauses.push(clause);
      params.push(...values);
    },
    get sql() {
      return clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`;
    },
    params,
  };
}
