import { hash } from 'node:crypto';
import { canonicalWriter } from './canonicalJson.ts';

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

// Every field of EntryContent: the compiler checks there is none more or less. Only the keys are read.
const contentFields: Record<keyof EntryContent, null> = {
  kind: null,
  date: null,
  amount: null,
  sign: null,
  currency: null,
  accountId: null,
  toAccountId: null,
  fundId: null,
  toFundId: null,
  category: null,
  recipientCode: null,
  memo: null,
  receiptSha256: null,
  platformTransactionId: null,
  reversesSeq: null,
  recordedAt: null,
};
const contentJson = canonicalWriter(Object.keys(contentFields) as (keyof EntryContent)[]);

/** The hash the chain starts from, before the first entry. */
export const genesisChainHash = '0'.repeat(64);

/** SHA-256 (hex) of the entry's canonical content. Retention may drop content later; this hash stays. */
export function contentHash(content: EntryContent): string {
  return sha256Hex(contentJson(content));
}

/** SHA-256 of text's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): string {
  // crypto.hash: one call, about a third of createHash's time for these short inputs; strings as UTF-8.
  return hash('sha256', text, 'hex');
}

/** SHA-256(previous chain hash ‖ content hash ‖ seq as 8 bytes big-endian), hex. */
export function chainHash(previousChainHash: string, content: string, seq: number): string {
  // One buffer written in place for every link: a million links allocate nothing.
  if (chainInput.write(previousChainHash, 0, 32, 'hex') + chainInput.write(content, 32, 32, 'hex') !== 64) {
    throw new Error('A chain link is made of two SHA-256 hashes in hex.');
  }
  chainInput.writeUInt32BE(Math.floor(seq / 2 ** 32), 64);
  chainInput.writeUInt32BE(seq % 2 ** 32, 68);
  return hash('sha256', chainInput, 'hex');
}
const chainInput = Buffer.alloc(72);
