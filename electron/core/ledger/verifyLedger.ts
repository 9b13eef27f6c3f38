import { createHash } from 'node:crypto';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { chainHash, contentHash, genesisChainHash } from './entryHash.ts';

interface StoredEntry {
  seq: number;
  kind: string;
  entry_date: string;
  amount: number;
  sign: number;
  currency: string;
  account_id: number;
  to_account_id: number | null;
  fund_id: number;
  to_fund_id: number | null;
  category: string | null;
  recipient_code: string | null;
  memo: string | null;
  receipt_sha256: string | null;
  platform_transaction_id: string | null;
  reverses_seq: number | null;
  recorded_at: string;
  content_hash: string;
  chain_hash: string;
  receipt: Buffer | null;
}

export interface Verification {
  ok: boolean;
  integrityCheck: string;
  entriesChecked: number;
  firstBrokenLink: { seq: number; problem: string } | null;
  monthlyTotalsCheck: string;
}

/** SQLite's integrity_check, every entry's content hash, receipt and chain link in order, then the monthly totals. */
export function verifyLedger(db: Ledger): Verification {
  const integrityCheck = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).join('; ');
  let previous = genesisChainHash;
  let entriesChecked = 0;
  const rows = db.prepare('SELECT e.*, r.data AS receipt FROM entries e LEFT JOIN receipts r ON r.entry_seq = e.seq ORDER BY e.seq').iterate() as IterableIterator<StoredEntry>;
  for (const row of rows) {
    const problem = brokenLink(row, previous, entriesChecked + 1);
    if (problem !== undefined) {
      // Stop reading: the rest of the chain cannot be trusted past its first broken link.
      (rows as { return?: () => void }).return?.();
      return { ok: false, integrityCheck, entriesChecked, firstBrokenLink: { seq: row.seq, problem }, monthlyTotalsCheck: 'not checked: the chain is broken' };
    }
    previous = row.chain_hash;
    entriesChecked += 1;
  }
  const monthlyTotalsCheck = checkMonthlyTotals(db);
  return { ok: integrityCheck === 'ok' && monthlyTotalsCheck === 'ok', integrityCheck, entriesChecked, firstBrokenLink: null, monthlyTotalsCheck };
}

/** Recomputes the monthly totals from the entries; 'ok', or the first month and account that differ. */
function checkMonthlyTotals(db: Ledger): string {
  const columns = "account_id, fund_id, currency, month, posting_kind, category, delta, postings";
  const recomputed = `SELECT account_id, fund_id, currency, substr(entry_date, 1, 7) AS month, posting_kind, COALESCE(category, '') AS category,
                             SUM(delta) AS delta, count(*) AS postings
                        FROM postings GROUP BY 1, 2, 3, 4, 5, 6`;
  const differing = db
    .prepare(`SELECT * FROM (${recomputed} EXCEPT SELECT ${columns} FROM monthly_totals) UNION ALL SELECT * FROM (SELECT ${columns} FROM monthly_totals EXCEPT ${recomputed}) LIMIT 1`)
    .get() as { account_id: number; month: string } | undefined;
  return differing === undefined ? 'ok' : `the monthly totals of account #${differing.account_id} for ${differing.month} do not match its entries`;
}

function brokenLink(row: StoredEntry, previous: string, expectedSeq: number): string | undefined {
  if (row.seq !== expectedSeq) return `entry #${expectedSeq} is missing`;
  const recomputed = contentHash({
    kind: row.kind,
    date: row.entry_date,
    amount: row.amount,
    sign: row.sign,
    currency: row.currency,
    accountId: row.account_id,
    toAccountId: row.to_account_id,
    fundId: row.fund_id,
    toFundId: row.to_fund_id,
    category: row.category,
    recipientCode: row.recipient_code,
    memo: row.memo,
    receiptSha256: row.receipt_sha256,
    platformTransactionId: row.platform_transaction_id,
    reversesSeq: row.reverses_seq,
    recordedAt: row.recorded_at,
  });
  if (recomputed !== row.content_hash) return 'its content does not match its content hash: it was altered after it was recorded';
  if ((row.receipt === null) !== (row.receipt_sha256 === null)) return 'its receipt is missing or was added afterwards';
  if (row.receipt !== null && createHash('sha256').update(row.receipt).digest('hex') !== row.receipt_sha256) return 'its receipt was altered';
  if (chainHash(previous, row.content_hash, row.seq) !== row.chain_hash) return 'its chain hash does not follow from the entry before it';
  return undefined;
}
