import { chainHash, formatOneContentHash, genesisChainHash, type EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { entryRowValues } from '../../../electron/core/ledger/schema/entryRow.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { unhashed } from './unhashed.ts';

/** Entries written as the app wrote them before schema step 8 (format 1: every field in the content hash), at the end of the chain. */
export function appendFormatOneEntries(db: Ledger, contents: readonly EntryContent[]): void {
  const last = db.prepare('SELECT seq, chain_hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; chain_hash: string } | undefined;
  let seq = last?.seq ?? 0;
  let previous = last?.chain_hash ?? genesisChainHash;
  const insert = db.prepare(`INSERT INTO entries (seq, kind, entry_date, amount, sign, currency, account_id, to_account_id, fund_id, to_fund_id, category,
                                                  recipient_code, memo, receipt_sha256, platform_transaction_id, reverses_seq, recorded_at, content_hash, chain_hash)
                              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const content of contents) {
      seq += 1;
      const hash = formatOneContentHash(content);
      previous = chainHash(previous, hash, seq);
      // Format 1 had the first nineteen columns of a format-2 row.
      insert.run(entryRowValues(seq, content, { ...unhashed, contentHash: hash }, previous).slice(0, 19));
    }
  })();
}
