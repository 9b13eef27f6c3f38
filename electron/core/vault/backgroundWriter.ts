import type { Ledger, LedgerOptions } from './ledgerDatabase.ts';
import { runLedgerWorker } from './ledgerWorker.ts';
import { compactLedger, runStepsInOneTransaction, type WriteStep } from './stepsTransaction.ts';

/** How far a write elsewhere is: `done` of its steps, then the compaction. */
export type WriteProgress = { stage: 'steps'; done: number } | { stage: 'compacting' };

/**
 * Runs write steps in one transaction somewhere, then, if asked, compacts the ledger; stops (rejecting
 * with the signal's reason, the transaction rolled back) when the signal aborts.
 */
export type WriteElsewhere = (steps: readonly WriteStep[], compact: boolean, onProgress: (progress: WriteProgress) => void, signal?: AbortSignal) => Promise<void>;

// The worker's connection deletes as the app's does (secure_delete: removed content overwritten) and
// runs the same two functions as the fallback below, sent as their source text.
const writeSteps = `
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  const runStepsInOneTransaction = ${runStepsInOneTransaction.toString()};
  const compactLedger = ${compactLedger.toString()};
  runStepsInOneTransaction(db, workerData.steps, (done) => parentPort.postMessage({ progress: { stage: 'steps', done } }));
  if (workerData.compact) {
    parentPort.postMessage({ progress: { stage: 'compacting' } });
    compactLedger(db);
  }
  parentPort.postMessage({ done: true });
`;

/**
 * A write on a second connection, in a worker thread: a retention run that removes half a million
 * entries and rebuilds the file takes seconds, during which the app must still answer and lock at
 * once. A lock stops the worker, and SQLite rolls its transaction back.
 */
export function writeInWorker(path: string, dataKey: Buffer, options: LedgerOptions): WriteElsewhere {
  return async (steps, compact, onProgress, signal) => {
    await runLedgerWorker(path, dataKey, options, { body: writeSteps, readonly: false, data: { steps, compact } }, signal, (progress) => onProgress(progress as WriteProgress));
  };
}

/** The same on the caller's own connection, for when no worker can start: it cannot be stopped part way. */
export function writeOnSameConnection(db: Ledger): WriteElsewhere {
  return (steps, compact, onProgress) => {
    runStepsInOneTransaction(db, steps, (done) => onProgress({ stage: 'steps', done }));
    if (compact) {
      onProgress({ stage: 'compacting' });
      compactLedger(db);
    }
    return Promise.resolve();
  };
}
