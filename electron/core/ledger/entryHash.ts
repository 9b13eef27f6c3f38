import { hash } from 'node:crypto';
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

// Every field of EntryContent (the compiler checks there is none more or less), put in code-point order once.
const contentFields: Record<keyof EntryContent, true> = {
  kind: true,
  date: true,
  amount: true,
  sign: true,
  currency: true,
  accountId: true,
  toAccountId: true,
  fundId: true,
  toFundId: true,
  category: true,
  recipientCode: true,
  memo: true,
  receiptSha256: true,
  platformTransactionId: true,
  reversesSeq: true,
  recordedAt: true,
};
const sortedContentFields = Object.keys(contentFields).sort();

/** The hash the chain starts from, before the first entry. */
export const genesisChainHash = '0'.repeat(64);

/** SHA-256 (hex) of the entry's canonical content. Retention may drop content later; this hash stays. */
export function contentHash(content: EntryContent): string {
  return sha256Hex(canonicalJson({ ...content }, sortedContentFields));
}

/** SHA-256 of text's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): string {
  // crypto.hash: one call, about a third of createHash's time for these short inputs; strings as UTF-8.
  return hash('sha256', text, 'hex');
}

/** SHA-256(previous chain hash ‖ content hash ‖ seq as 8 bytes big-endian), hex. */
export function chainHash(previousChainHash: string, content: string, seq: number): string {
  const seqBytes = Buffer.alloc(8);
  seqBytes.writeBigUInt64BE(BigInt(seq));
  return hash('sha256', Buffer.concat([Buffer.from(previousChainHash, 'hex'), Buffer.from(content, 'hex'), seqBytes]), 'hex');
}
