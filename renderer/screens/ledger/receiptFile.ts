import { maxReceiptBytes, receiptMediaTypes } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';

export type ReceiptMediaType = (typeof receiptMediaTypes)[number];

export interface ChosenReceipt {
  name: string;
  size: number;
  mediaType: ReceiptMediaType;
  dataBase64: string;
}

function isReceiptType(type: string): type is ReceiptMediaType {
  return (receiptMediaTypes as readonly string[]).includes(type);
}

/** Reads a chosen file for the vault, or says in plain words why it cannot be a receipt. */
export async function readReceipt(file: File): Promise<ChosenReceipt | { problem: Message }> {
  if (!isReceiptType(file.type)) return { problem: say('ledgerScreen.receipt.wrongType', { name: file.name }) };
  if (file.size === 0) return { problem: say('ledgerScreen.receipt.empty', { name: file.name }) };
  if (file.size > maxReceiptBytes) return { problem: say('ledgerScreen.receipt.tooLarge', { name: file.name, size: sizeText(file.size) }) };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
  return { name: file.name, size: file.size, mediaType: file.type, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

/** A file size as people say it ("340 KB", "1.2 MB"; "1,2 MB"). */
export function sizeText(bytes: number): Message {
  if (bytes < 1024) return say('ledgerScreen.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return say('ledgerScreen.size.kilobytes', { count: Math.round(bytes / 1024) });
  return say('ledgerScreen.size.megabytes', { count: bytes / (1024 * 1024) });
}
