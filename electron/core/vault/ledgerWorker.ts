import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { cipherSettings, type LedgerOptions } from './ledgerDatabase.ts';
import { sqlcipherRawKey } from './sqlcipherKey.ts';

/**
 * A worker thread's program around `body`: a connection of its own to the ledger, keyed as the app
 * keys it, the key wiped once the connection holds it, and the connection closed however `body`
 * ends. `body` is plain CommonJS with `db`, `parentPort` and `workerData` in scope and posts its own
 * answer; a failure posts `{ failure }`. Plain CommonJS so that it needs no build step and no loader.
 */
function workerProgram(body: string): string {
  return `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const key = Buffer.from(workerData.key.buffer, workerData.key.byteOffset, workerData.key.byteLength);
let db;
try {
  db = new Database(workerData.path, { readonly: workerData.readonly, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  workerData.cipherSettings.forEach((setting) => db.pragma(setting));
  db.key(key);
  key.fill(0);
  ${body}
} catch (error) {
  parentPort.postMessage({ failure: String(error && error.message) });
} finally {
  key.fill(0);
  if (db !== undefined) db.close();
}
`;
}

/** A failure the worker's program reported: the work ran there and failed as it would have anywhere, so running it elsewhere would not help. */
export class FailedInWorker extends Error {}

export interface LedgerWorkerJob {
  /** The program's work, with `db` open (see workerProgram). */
  body: string;
  readonly: boolean;
  /** More for the program to find in `workerData`: nothing secret, it is copied as it is. */
  data: Record<string, unknown>;
}

/**
 * Runs a job in a worker thread with its own connection to the ledger, and settles with the first
 * message that has no `progress` (each progress message goes to `onProgress`). The worker gets its
 * own copy of the key and wipes it once the connection is keyed. Stops, rejecting with the signal's
 * reason, when the signal aborts: a write transaction still open then is rolled back by SQLite.
 */
export function runLedgerWorker<T>(path: string, dataKey: Buffer, options: LedgerOptions, job: LedgerWorkerJob, signal?: AbortSignal, onProgress?: (progress: unknown) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const key = sqlcipherRawKey(dataKey);
    const worker = new Worker(workerProgram(job.body), {
      eval: true,
      workerData: {
        ...job.data,
        driver: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
        path,
        key,
        readonly: job.readonly,
        cipherSettings,
        nativeBinding: options.nativeBinding,
      },
    });
    key.fill(0);
    const stop = (): void => {
      reject(signal?.reason);
      void worker.terminate();
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: { progress?: unknown; failure?: string }) => {
      if (message.progress !== undefined) onProgress?.(message.progress);
      else if (message.failure !== undefined) reject(new FailedInWorker(message.failure));
      else resolve(message as T);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      if (code !== 0) reject(new Error(`The background work stopped (exit ${code}).`));
    });
  });
}
