import type { Ledger, LedgerOptions } from './ledgerDatabase.ts';
import { runLedgerWorker } from './ledgerWorker.ts';

/** Runs read-only SQL somewhere and gives each statement's rows, as arrays; stops (rejecting with the signal's reason) when the signal aborts. */
export type ReadElsewhere = (statements: readonly string[], signal?: AbortSignal) => Promise<unknown[][][]>;

// The statements run in order on the worker's read-only connection. integrity_check looks every row
// up in each of its indexes: with SQLite's default 2 MiB cache each lookup decrypts its pages again.
// 64 MiB, for the life of this connection, halves its time.
const readStatements = `
  db.pragma('cache_size = -65536');
  parentPort.postMessage({ rows: workerData.statements.map((sql) => db.prepare(sql).raw().all()) });
`;

/**
 * Read-only SQL on a second connection to the ledger, in a worker thread: on a two-core laptop the
 * second core runs SQLite's integrity check and the like while the first walks the hash chain.
 */
export function readInWorker(path: string, dataKey: Buffer, options: LedgerOptions): ReadElsewhere {
  return async (statements, signal) => {
    const answer = await runLedgerWorker<{ rows: unknown[][][] }>(path, dataKey, options, { body: readStatements, readonly: true, data: { statements } }, signal);
    return answer.rows;
  };
}

/** The same statements on the caller's own connection, one after the other: for a caller with no key to hand. */
export function readOnSameConnection(db: Ledger): ReadElsewhere {
  return (statements) => Promise.resolve(statements.map((sql) => db.prepare(sql).raw().all() as unknown[][]));
}
