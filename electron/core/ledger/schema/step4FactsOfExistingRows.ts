import type { Database } from 'better-sqlite3-multiple-ciphers';
import { appendFact, appendFactsForExistingRows } from '../ledgerFacts.ts';
import { defaultEarliestEntryDate } from '../earliestEntryDate.ts';

/** Schema step 4: the facts of the rows that existed before the facts chain, and the earliest date entries may have. */
export function step4FactsOfExistingRows(db: Database): void {
  appendFactsForExistingRows(db, ['account-added', 'account-status', 'fund-added', 'category-added', 'reconciliation']);
  appendFact(db, 'earliest-entry-date', { earliestEntryDate: defaultEarliestEntryDate, recordedAt: new Date().toISOString() });
}
