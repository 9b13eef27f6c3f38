import { maxReceiptBytes, receiptMediaTypes } from '../../../shared/contract/index.ts';

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
export async function readReceipt(file: File): Promise<ChosenReceipt | { problem: string }> {
  if (!isReceiptType(file.type)) return { problem: `${file.name} is not a PNG, JPEG or WebP image, or a PDF.` };
  if (file.size === 0) return { problem: `${file.name} is empty.` };
  if (file.size > maxReceiptBytes) return { problem: `${file.name} is ${sizeText(file.size)}; a receipt can be at most 5 MiB.` };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
  return { name: file.name, size: file.size, mediaType: file.type, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

/** A file size as people say it ("340 KB", "1.2 MB"). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
