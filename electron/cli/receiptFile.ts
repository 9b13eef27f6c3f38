import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { maxReceiptBytes, receiptMediaTypes } from '../../shared/contract/index.ts';
import { TreasuryError } from '../../shared/errors.ts';
import { say } from '../../shared/messages/message.ts';
import { CliError, usageError } from './cliError.ts';
import { describeFileError } from './secrets.ts';

type ReceiptMediaType = (typeof receiptMediaTypes)[number];

const mediaTypeByExtension: Readonly<Record<string, ReceiptMediaType>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

/** A receipt file as the contract takes it: its media type (from the extension) and its bytes in base64. */
export function readReceiptFile(file: string): { mediaType: ReceiptMediaType; dataBase64: string } {
  const mediaType = mediaTypeByExtension[path.extname(file).toLowerCase()];
  if (mediaType === undefined) throw usageError(say('cli.receipt.notAReceipt', { file }));
  let data: Buffer;
  try {
    // Checked before reading, so a wrong file (a video) is not pulled into memory only to be refused.
    const { size } = statSync(file);
    if (size > maxReceiptBytes) throw new TreasuryError('INVALID_ENTRY', say('cli.receipt.tooBig', { file, mebibytes: size / 1024 / 1024, largest: maxReceiptBytes / 1024 / 1024 }));
    data = readFileSync(file);
  } catch (error) {
    if (error instanceof TreasuryError) throw error;
    throw new CliError('failure', 'FILE_UNREADABLE', say('cli.file.cannotRead', { file, problem: describeFileError(error) }));
  }
  return { mediaType, dataBase64: data.toString('base64') };
}
