import { createHash } from 'node:crypto';
import { maxReceiptBytes } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import type { ReceiptRow } from './schema/rows.ts';
import type { ReceiptFile } from './appendEntry.ts';

// The first bytes each accepted kind of file starts with; a receipt whose bytes say otherwise is refused.
const signatures: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/webp': (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
};

/** Decodes and checks a receipt from the contract's base64 form. */
export function readReceipt(receipt: { mediaType: string; dataBase64: string }): ReceiptFile {
  const data = Buffer.from(receipt.dataBase64, 'base64');
  if (data.length === 0) throw new TreasuryError('INVALID_ENTRY', say('ledger.receiptEmpty'));
  if (data.length > maxReceiptBytes) throw new TreasuryError('INVALID_ENTRY', say('ledger.receiptTooLarge'));
  if (!(signatures[receipt.mediaType]?.(data) ?? false)) {
    throw new TreasuryError('INVALID_ENTRY', say('ledger.receiptWrongType', { mediaType: receipt.mediaType }));
  }
  return { mediaType: receipt.mediaType, data };
}

export function receiptSha256(receipt: ReceiptFile): string {
  return createHash('sha256').update(receipt.data).digest('hex');
}

/** The receipt kept with an entry; NOT_FOUND if it has none. */
export function entryReceipt(db: Ledger, seq: number): { mediaType: string; dataBase64: string } {
  const row = db.prepare('SELECT media_type, data FROM receipts WHERE entry_seq = ?').get(seq) as Pick<ReceiptRow, 'media_type' | 'data'> | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('ledger.noReceipt', { seq }));
  return { mediaType: row.media_type, dataBase64: row.data.toString('base64') };
}
