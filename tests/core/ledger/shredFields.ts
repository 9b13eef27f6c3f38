// Shreds chosen fields of chosen entries, as a retention run does to those its policies reach (see
// electron/core/retention/shredSteps.ts): for the format tests, which pick the entries themselves.
import { writeTransaction, type Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import type { ShreddableField } from '../../../electron/core/ledger/entryHash.ts';

// Each shreddable field's value and salt columns. Its digest column stays: it is what the content hash covers.
const columns: Record<ShreddableField, { value: string; salt: string }> = {
  memo: { value: 'memo', salt: 'memo_salt' },
  recipientCode: { value: 'recipient_code', salt: 'recipient_code_salt' },
  receipt: { value: 'receipt_sha256', salt: 'receipt_salt' },
  platformTransactionId: { value: 'platform_transaction_id', salt: 'platform_transaction_id_salt' },
};

/**
 * Shreds fields of format-2 entries: each value and its salt become NULL (a receipt leaves the
 * receipts table too), the digest stays, so verify still checks the entry and its link and nothing
 * shredded can be guessed back (docs/ledger-format.md). Format-1 entries are left as they are.
 * Returns how many entries were changed.
 */
export function shredFields(db: Ledger, seqs: readonly number[], fields: readonly ShreddableField[]): number {
  if (seqs.length === 0 || fields.length === 0) return 0;
  const set = fields.map((field) => `${columns[field].value} = NULL, ${columns[field].salt} = NULL`).join(', ');
  return writeTransaction(db, () => {
    const shred = db.prepare(`UPDATE entries SET ${set} WHERE seq = ? AND format = 2`);
    const dropReceipt = db.prepare('DELETE FROM receipts WHERE entry_seq = ? AND (SELECT format FROM entries WHERE seq = ?) = 2');
    let changed = 0;
    for (const seq of seqs) {
      if (fields.includes('receipt')) dropReceipt.run(seq, seq);
      changed += shred.run(seq).changes;
    }
    return changed;
  });
}
