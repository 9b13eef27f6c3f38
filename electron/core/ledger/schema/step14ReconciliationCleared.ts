import type { Database } from 'better-sqlite3-multiple-ciphers';
import { appendFactsForExistingRows } from '../ledgerFacts.ts';

/**
 * Schema step 14: which entries each reconciliation cleared. An entry is cleared once on each account
 * it moves (a transfer between two accounts appears on both statements); an entry not ticked waits
 * for the next reconciliation. Rows are append-only and chained as one `reconciliation-cleared` fact
 * per reconciliation. No foreign key to the entries: retention may shred a cleared entry, and its row
 * keeps saying it was cleared (its stub keeps the entry's place).
 *
 * A reconciliation recorded before this step compared the statement with every entry up to its date,
 * so each of those entries is taken as cleared by the first reconciliation of its account on or after
 * its date: the cleared balance the next one starts from is then the ledger balance it recorded.
 */
export function step14ReconciliationCleared(db: Database): void {
  db.exec(`
    CREATE TABLE reconciliation_cleared (
      reconciliation_id INTEGER NOT NULL REFERENCES reconciliations (id),
      account_id INTEGER NOT NULL REFERENCES payment_accounts (id),
      seq INTEGER NOT NULL,
      UNIQUE (account_id, seq)
    );
    CREATE INDEX reconciliation_cleared_by_reconciliation ON reconciliation_cleared (reconciliation_id, seq);
    CREATE TRIGGER reconciliation_cleared_is_never_changed BEFORE UPDATE ON reconciliation_cleared
      BEGIN SELECT RAISE(ABORT, 'A cleared entry stays cleared: record a new reconciliation instead.'); END;
    CREATE TRIGGER reconciliation_cleared_is_never_deleted BEFORE DELETE ON reconciliation_cleared
      BEGIN SELECT RAISE(ABORT, 'A cleared entry stays cleared: record a new reconciliation instead.'); END;

    INSERT INTO reconciliation_cleared (reconciliation_id, account_id, seq)
      SELECT reconciliation_id, account_id, seq FROM (
        SELECT (SELECT r.id FROM reconciliations r WHERE r.account_id = side.account_id AND r.statement_date >= side.entry_date
                 ORDER BY r.statement_date, r.id LIMIT 1) AS reconciliation_id, side.account_id, side.seq
          FROM (SELECT seq, entry_date, account_id FROM entries
                UNION SELECT seq, entry_date, to_account_id FROM entries WHERE to_account_id IS NOT NULL) side)
       WHERE reconciliation_id IS NOT NULL
       ORDER BY reconciliation_id, seq;
  `);
  appendFactsForExistingRows(db, ['reconciliation-cleared']);
}
