import type { ShredRun } from '../../../shared/contract/index.ts';
import type { ShredLogRow } from '../ledger/schema/rows.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/** The shred log, newest first: when each run shredded, what started it, and how many of each policy. */
export function shredLog(db: Ledger): ShredRun[] {
  const rows = db.prepare('SELECT ran_at, started_by, memos, receipts, recipient_codes, entries, shred_log FROM shred_log ORDER BY ran_at DESC, id DESC').all() as Array<Omit<ShredLogRow, 'id'>>;
  return rows.map((row) => ({
    ranAt: row.ran_at,
    startedBy: row.started_by,
    counts: { memos: row.memos, receipts: row.receipts, recipientCodes: row.recipient_codes, entries: row.entries, shredLog: row.shred_log },
  }));
}
