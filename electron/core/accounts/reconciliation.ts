import type { Reconciliation } from '../../../shared/contract/index.ts';
import { accountBalance } from '../ledger/balances.ts';
import { refuseDateOutOfRange } from '../ledger/entryDates.ts';
import { appendRowFact } from '../ledger/ledgerFacts.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { paymentAccount } from './paymentAccounts.ts';

export interface StatementBalance {
  accountId: number;
  date: string;
  statementBalance: number;
}

/** Compares a statement balance with the ledger on its date, and lists the entries since the last reconciliation. */
export function previewReconciliation(db: Ledger, statement: StatementBalance, now: Date): Reconciliation {
  paymentAccount(db, statement.accountId, now);
  refuseDateOutOfRange(db, statement.date, now, 'statement');
  const previous = db
    .prepare('SELECT statement_date FROM reconciliations WHERE account_id = ? AND statement_date <= ? ORDER BY statement_date DESC, id DESC LIMIT 1')
    .get(statement.accountId, statement.date) as { statement_date: string } | undefined;
  const entrySeqs = (
    db
      .prepare(
        `SELECT seq FROM entries WHERE (account_id = ? OR to_account_id = ?) AND entry_date <= ? AND (? IS NULL OR entry_date > ?)
          ORDER BY entry_date, seq`,
      )
      .all(statement.accountId, statement.accountId, statement.date, previous?.statement_date ?? null, previous?.statement_date ?? null) as Array<{ seq: number }>
  ).map((row) => row.seq);
  const ledgerBalance = accountBalance(db, statement.accountId, statement.date);
  return {
    accountId: statement.accountId,
    date: statement.date,
    statementBalance: statement.statementBalance,
    ledgerBalance,
    difference: statement.statementBalance - ledgerBalance,
    previousDate: previous?.statement_date ?? null,
    entrySeqs,
  };
}

/** Records the reconciliation the preview shows. */
export function reconcile(db: Ledger, statement: StatementBalance, now: Date): Reconciliation {
  return writeTransaction(db, () => {
    const reconciliation = previewReconciliation(db, statement, now);
    const { lastInsertRowid } = db
      .prepare('INSERT INTO reconciliations (account_id, statement_date, statement_balance, ledger_balance, recorded_at) VALUES (?, ?, ?, ?, ?)')
      .run(reconciliation.accountId, reconciliation.date, reconciliation.statementBalance, reconciliation.ledgerBalance, now.toISOString());
    appendRowFact(db, 'reconciliation', Number(lastInsertRowid));
    return reconciliation;
  });
}
