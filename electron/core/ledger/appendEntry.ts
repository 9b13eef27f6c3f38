import { refuseUnavailableAccounts } from '../accounts/accountAvailability.ts';
import { refuseOverspentRestrictedFunds } from '../funds/restrictedFunds.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { refuseDateOutOfRange } from './entryDates.ts';
import { chainHash, contentHash, genesisChainHash, type EntryContent } from './entryHash.ts';
import { refuseFlowPastLimit } from './flowLimit.ts';

export interface ReceiptFile {
  mediaType: string;
  data: Buffer;
}

/**
 * Appends one entry at the end of the chain, atomically, if it keeps the ledger's rules: a date in
 * range, accounts whose status allows the money to move, no restricted fund below zero on any date,
 * totals that stay exact. Every way an entry is written (recorded, reversed, later imported) comes
 * through here, so none can get round a rule. The rules that depend on what the entry does read its
 * postings after it is written, inside the transaction; a refusal rolls it back and changes nothing.
 */
export function appendEntry(db: Ledger, content: EntryContent, now: Date, receipt?: ReceiptFile): number {
  return writeTransaction(db, () => {
    refuseDateOutOfRange(db, content.date, now, 'An entry', 'INVALID_ENTRY');
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
    refuseUnavailableAccounts(db, seq, content.kind, content.date, now);
    refuseOverspentRestrictedFunds(db, seq, content.date, content.currency);
    refuseFlowPastLimit(db, content.currency);
    return seq;
  });
}
