import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { cipherSettings, type Ledger, type LedgerOptions } from './ledgerDatabase.ts';
import { sqlcipherRawKey } from './sqlcipherKey.ts';

/** Runs read-only SQL somewhere and gives each statement's rows, as arrays; stops (rejecting with the signal's reason) when the signal aborts. */
export type ReadElsewhere = (statements: readonly string[], signal?: AbortSignal) => Promise<unknown[][][]>;

// The worker's whole program: a read-only connection of its own, keyed as the app keys it, the
// statements run in order, the key wiped. Plain CommonJS so that it needs no build step and no loader.
const workerProgram = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const key = Buffer.from(workerData.key.buffer, workerData.key.byteOffset, workerData.key.byteLength);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  workerData.cipherSettings.forEach((setting) => db.pragma(setting));
  db.key(key);
  key.fill(0);
  // integrity_check looks every row up in each of its indexes: with SQLite's default 2 MiB cache
  // each lookup decrypts its pages again. 64 MiB, for the life of this connection, halves its time.
  db.pragma('cache_size = -65536');
  parentPort.postMessage({ rows: workerData.statements.map((sql) => db.prepare(sql).raw().all()) });
} catch (error) {
  parentPort.postMessage({ failure: String(error && error.message) });
} finally {
  key.fill(0);
  if (db !== undefined) db.close();
}
`;

/**
 * Read-only SQL on a second connection to the ledger, in a worker thread: on a two-core laptop the
 * second core runs SQLite's integrity check and the like while the first walks the hash chain. The
 * worker gets its own copy of the key and wipes it once the connection is keyed.
 */
export function readInWorker(path: string, dataKey: Buffer, options: LedgerOptions): ReadElsewhere {
  return (statements, signal) =>
    new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      const key = sqlcipherRawKey(dataKey);
      const worker = new Worker(workerProgram, {
        eval: true,
        workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'), path, key, cipherSettings, statements, nativeBinding: options.nativeBinding },
      });
      key.fill(0);
      const stop = (): void => {
        reject(signal?.reason);
        void worker.terminate();
      };
      signal?.addEventListener('abort', stop, { once: true });
      worker.once('message', (message: { rows?: unknown[][][]; failure?: string }) => {
        if (message.rows !== undefined) resolve(message.rows);
        else reject(new Error(message.failure ?? 'The background check stopped.'));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        signal?.removeEventListener('abort', stop);
        if (code !== 0) reject(new Error(`The background check stopped (exit ${code}).`));
      });
    });
}

/** The same statements on the caller's own connection, one after the other: for a caller with no key to hand. */
export function readOnSameConnection(db: Ledger): ReadElsewhere {
  return (statements) => Promise.resolve(statements.map((sql) => db.prepare(sql).raw().all() as unknown[][]));
}
