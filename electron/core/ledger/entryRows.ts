import type { Entry } from '../../../shared/contract/index.ts';
import { shownCategorySql } from './categoryNames.ts';

/** The columns every entry query selects, joined with the names people see (a category's as it is shown now: categoryNames.ts). */
export const entrySelect = `
  SELECT e.seq, e.kind, e.entry_date, e.amount, e.sign, e.currency, e.account_id, a.name AS account_name,
         e.to_account_id, ta.name AS to_account_name, e.fund_id, f.name AS fund_name, e.to_fund_id, tf.name AS to_fund_name,
         ${shownCategorySql('e.category')} AS category, e.recipient_code, e.memo, e.receipt_sha256, e.reverses_seq, r.seq AS reversed_by_seq,
         e.recorded_at, e.content_hash, e.chain_hash,
         e.memo IS NULL AND e.memo_digest IS NOT NULL AS memo_shredded,
         e.recipient_code IS NULL AND e.recipient_code_digest IS NOT NULL AS recipient_code_shredded,
         e.receipt_sha256 IS NULL AND e.receipt_digest IS NOT NULL AS receipt_shredded,
         e.platform_transaction_id IS NULL AND e.platform_transaction_id_digest IS NOT NULL AS platform_transaction_id_shredded
    FROM entries e
    JOIN payment_accounts a ON a.id = e.account_id
    LEFT JOIN payment_accounts ta ON ta.id = e.to_account_id
    JOIN funds f ON f.id = e.fund_id
    LEFT JOIN funds tf ON tf.id = e.to_fund_id
    LEFT JOIN entries r ON r.reverses_seq = e.seq`;

export interface EntryRow {
  seq: number;
  kind: Entry['kind'];
  entry_date: string;
  amount: number;
  sign: number;
  currency: string;
  account_id: number;
  account_name: string;
  to_account_id: number | null;
  to_account_name: string | null;
  fund_id: number;
  fund_name: string;
  to_fund_id: number | null;
  to_fund_name: string | null;
  category: string | null;
  recipient_code: string | null;
  memo: string | null;
  receipt_sha256: string | null;
  reverses_seq: number | null;
  reversed_by_seq: number | null;
  recorded_at: string;
  content_hash: string;
  chain_hash: string;
  memo_shredded: 0 | 1;
  recipient_code_shredded: 0 | 1;
  receipt_shredded: 0 | 1;
  platform_transaction_id_shredded: 0 | 1;
}

/** Money in to the paying account for contributions and adjustments; out for everything else. */
export function baseDirection(kind: Entry['kind']): 1 | -1 {
  return kind === 'contribution' || kind === 'adjustment' ? 1 : -1;
}

/** A row as the contract's Entry. */
export function toEntry(row: EntryRow): Entry {
  const accountEffect = baseDirection(row.kind) * row.sign * row.amount;
  return {
    seq: row.seq,
    kind: row.kind,
    date: row.entry_date,
    amount: row.amount,
    direction: accountEffect > 0 ? 'in' : 'out',
    currency: row.currency,
    accountId: row.account_id,
    accountName: row.account_name,
    toAccountId: row.to_account_id,
    toAccountName: row.to_account_name,
    fundId: row.fund_id,
    fundName: row.fund_name,
    toFundId: row.to_fund_id,
    toFundName: row.to_fund_name,
    category: row.category,
    recipientCode: row.recipient_code,
    memo: row.memo,
    hasReceipt: row.receipt_sha256 !== null,
    shredded: [
      ...(row.memo_shredded === 1 ? (['memo'] as const) : []),
      ...(row.recipient_code_shredded === 1 ? (['recipientCode'] as const) : []),
      ...(row.receipt_shredded === 1 ? (['receipt'] as const) : []),
      ...(row.platform_transaction_id_shredded === 1 ? (['platformTransactionId'] as const) : []),
    ],
    reversesSeq: row.reverses_seq,
    reversedBySeq: row.reversed_by_seq,
    accountEffect,
    recordedAt: row.recorded_at,
    contentHash: row.content_hash,
    chainHash: row.chain_hash,
  };
}
