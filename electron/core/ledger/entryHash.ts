import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.ts';

/** The fields of an entry that its content hash covers. Documented in docs/ledger-format.md. */
export interface EntryContent {
  kind: string;
  date: string;
  amount: number;
  sign: number;
  currency: string;
  accountId: number;
  toAccountId: number | null;
  fundId: number;
  toFundId: number | null;
  category: string | null;
  recipientCode: string | null;
  memo: string | null;
  receiptSha256: string | null;
  platformTransactionId: string | null;
  reversesSeq: number | null;
  recordedAt: string;
}

/** The hash the chain starts from, before the first entry. */
export const genesisChainHash = '0'.repeat(64);

/** SHA-256 (hex) of the entry's canonical content. Retention may drop content later; this hash stays. */
export function contentHash(content: EntryContent): string {
  return sha256Hex(canonicalJson({ ...content }));
}

/** SHA-256 of text's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256(previous chain hash ‖ content hash ‖ seq as 8 bytes big-endian), hex. */
export function chainHash(previousChainHash: string, content: string, seq: number): string {
  const seqBytes = Buffer.alloc(8);
  seqBytes.writeBigUInt64BE(BigInt(seq));
  return createHash('sha256').update(Buffer.from(previousChainHash, 'hex')).update(Buffer.from(content, 'hex')).update(seqBytes).digest('hex');
}
