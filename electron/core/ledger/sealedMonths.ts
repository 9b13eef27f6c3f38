// A month retention removed the entries of is sealed: its monthly totals stay, so balances and
// totals across it are exact, and sealed_months (recorded in the facts chain) keeps how many entries
// it had and a hash of its totals, which verify checks with no entry left. No entry, status change
// or statement may be dated in a sealed month or before it.
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { shiftMonth } from '../calendar.ts';
import { canonicalJson } from './canonicalJson.ts';
import { sha256Hex } from './entryHash.ts';

/** The first month still whole after the sealed ones (YYYY-MM), or null if no month is sealed. */
export function firstOpenMonth(db: Ledger): string | null {
  const last = db.prepare('SELECT max(month) FROM sealed_months').pluck().get() as string | null;
  return last === null ? null : shiftMonth(last, 1);
}

/** SHA-256 of a month's monthly totals, one canonical JSON line per row in key order: what sealing it records. */
export function monthTotalsHash(db: Ledger, month: string): string {
  const rows = db
    .prepare(
      `SELECT account_id AS accountId, fund_id AS fundId, currency, posting_kind AS postingKind, category, delta, postings, gross
         FROM monthly_totals WHERE month = ? ORDER BY account_id, fund_id, currency, posting_kind, category`,
    )
    .all(month) as Array<Record<string, string | number>>;
  return sha256Hex(rows.map((row) => canonicalJson(row)).join('\n'));
}
