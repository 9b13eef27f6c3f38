import type { Ledger } from './ledgerDatabase.ts';

/**
 * One statement of a write made of many, and what it must find: `expectRow`, a query whose first row
 * (as an array, or null) must equal it; `expectChanges`, how many rows the statement must change.
 * Either failing means the ledger changed since the steps were worked out: everything is rolled back.
 */
export interface WriteStep {
  sql: string;
  params: Array<string | number | null>;
  expectRow?: unknown[] | null;
  expectChanges?: number;
}

/** The message a step fails with when the ledger is not as the steps expected. */
export const changedMeanwhile = 'The ledger changed while the work was being planned.';

// The two functions below run as they are in a worker thread (their source is sent there, see
// backgroundWriter.ts), so they use nothing from outside their own bodies: no import, no constant.

/**
 * Runs the steps in one write transaction: all of them or, on any failure, a stop or a crash, none.
 * Foreign keys are off for its length: an entry retention removes may be the one a later reversal
 * names, and the reversal keeps that number as it was hashed. `onStep` hears each step done.
 */
export function runStepsInOneTransaction(db: Ledger, steps: readonly WriteStep[], onStep: (done: number) => void): void {
  db.pragma('foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  try {
    steps.forEach((step, index) => {
      if (step.expectRow !== undefined) {
        const row = db
          .prepare(step.sql)
          .raw()
          .get(...step.params);
        if (JSON.stringify(row ?? null) !== JSON.stringify(step.expectRow)) throw new Error('The ledger changed while the work was being planned.');
      } else {
        const { changes } = db.prepare(step.sql).run(...step.params);
        if (step.expectChanges !== undefined && changes !== step.expectChanges) throw new Error('The ledger changed while the work was being planned.');
      }
      onStep(index + 1);
    });
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/**
 * Rewrites the database so that nothing removed is left in it, its free pages or its WAL: the WAL
 * written back and emptied, the file rebuilt (VACUUM), and the WAL emptied again.
 */
export function compactLedger(db: Ledger): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
