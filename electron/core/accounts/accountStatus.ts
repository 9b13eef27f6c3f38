import type { AccountStatus } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { StatusChangeRow as StatusChangeTableRow } from '../ledger/schema/rows.ts';

export type StatusChangeRow = Pick<StatusChangeTableRow, 'status' | 'effective_date' | 'reason' | 'balance_held' | 'recorded_at'>;

/** The account's status change in force on a date: the latest dated on or before it. */
export function statusOn(db: Ledger, accountId: number, date: string): StatusChangeRow | undefined {
  return db
    .prepare(
      `SELECT status, effective_date, reason, balance_held, recorded_at FROM account_status_changes
        WHERE account_id = ? AND effective_date <= ? ORDER BY effective_date DESC, id DESC LIMIT 1`,
    )
    .get(accountId, date) as StatusChangeRow | undefined;
}

/** The account's most recent status change, if it has had any (an account with none is active). */
export function latestStatus(db: Ledger, accountId: number): StatusChangeRow | undefined {
  return statusOn(db, accountId, '9999-12-31');
}

/** Every status change of an account, oldest first. */
export function statusHistory(db: Ledger, accountId: number): StatusChangeRow[] {
  return db
    .prepare(
      `SELECT status, effective_date, reason, balance_held, recorded_at FROM account_status_changes
        WHERE account_id = ? ORDER BY effective_date, id`,
    )
    .all(accountId) as StatusChangeRow[];
}

/** Whether money may leave an account with this status (frozen and closed accounts cannot pay). */
export function canPayOut(status: AccountStatus): boolean {
  return status === 'active' || status === 'limited';
}
