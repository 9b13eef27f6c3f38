import { TreasuryError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { fundBalance } from './balances.ts';
import { chainHash, contentHash, genesisChainHash, type EntryContent } from './entryHash.ts';

export interface ReceiptFile {
  mediaType: string;
  data: Buffer;
}

/**
 * Appends one entry at the end of the chain, atomically: the entry, its receipt, and the check that
 * no restricted fund it touches falls below zero (checked on the balances as they stand after the
 * entry, through the same postings view every balance comes from, so the rule and the sums agree).
 */
export function appendEntry(db: Ledger, content: EntryContent, receipt?: ReceiptFile): number {
  return db.transaction(() => {
    const last = db.prepare('SELECT seq, chain_hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; chain_hash: string } | undefined;
    const seq = (last?.seq ?? 0) + 1;
    const hash = contentHash(content);
    db.prepare(
      `INSERT INTO entries (seq, kind, entry_date, amount, sign, currency, account_id, to_account_id, fund_id, to_fund_id, category,
                            recipient_code, memo, receipt_sha256, platform_transaction_id, reverses_seq, recorded_at, content_hash, chain_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      seq,
      content.kind,
      content.date,
      content.amount,
      content.sign,
      content.currency,
      content.accountId,
      content.toAccountId,
      content.fundId,
      content.toFundId,
      content.category,
      content.recipientCode,
      content.memo,
      content.receiptSha256,
      content.platformTransactionId,
      content.reversesSeq,
      content.recordedAt,
      hash,
      chainHash(last?.chain_hash ?? genesisChainHash, hash, seq),
    );
    if (receipt !== undefined) db.prepare('INSERT INTO receipts (entry_seq, media_type, data) VALUES (?, ?, ?)').run(seq, receipt.mediaType, receipt.data);
    refuseOverspentRestrictedFunds(db, seq, content.currency);
    return seq;
  })();
}

function refuseOverspentRestrictedFunds(db: Ledger, seq: number, currency: string): void {
  const touched = db
    .prepare(
      `SELECT f.id, f.name, SUM(p.delta) AS delta FROM postings p JOIN funds f ON f.id = p.fund_id
        WHERE p.seq = ? AND f.restricted = 1 GROUP BY f.id HAVING SUM(p.delta) < 0`,
    )
    .all(seq) as Array<{ id: number; name: string; delta: number }>;
  for (const fund of touched) {
    const after = fundBalance(db, fund.id, currency);
    if (after < 0) {
      const before = after - fund.delta;
      throw new TreasuryError(
        'FUND_TOO_LOW',
        `The restricted fund "${fund.name}" holds ${formatMoney(before, currency)}; this would take it to ${formatMoney(after, currency)}. A restricted fund cannot be spent below zero.`,
      );
    }
  }
}
