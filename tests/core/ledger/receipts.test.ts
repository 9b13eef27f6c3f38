import { describe, expect, it } from 'vitest';
import { maxReceiptBytes } from '../../../shared/contract/index.ts';
import { entryReceipt, readReceipt, receiptSha256 } from '../../../electron/core/ledger/receipts.ts';
import { recordEntry } from '../../../electron/core/ledger/recordEntry.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// A receipt is checked by its first bytes against the type it claims, kept encrypted with its entry,
// and hashed into the entry (docs/ledger-format.md). The files here are synthetic: a signature and filler.
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-receipts-');
const now = new Date('2026-11-30T12:00:00.000Z');
const file = (head: number[] | string, size = 64) => {
  const start = typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head);
  return Buffer.concat([start, Buffer.alloc(Math.max(0, size - start.length), 0x20)]);
};
const png = file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpeg = file([0xff, 0xd8, 0xff]);
const webp = file('RIFF\x10\x00\x00\x00WEBPVP8 ');
const pdf = file('%PDF-1.7\n');
const as = (mediaType: string, data: Buffer) => ({ mediaType, dataBase64: data.toString('base64') });

describe('a receipt', () => {
  it.each([
    ['image/png', png],
    ['image/jpeg', jpeg],
    ['image/webp', webp],
    ['application/pdf', pdf],
  ])('is accepted as %s when its bytes say so', (mediaType, data) => {
    expect(readReceipt(as(mediaType, data))).toEqual({ mediaType, data });
  });

  const refused: [what: string, mediaType: string, data: Buffer, reason: Message][] = [
    ['a PDF sent as a PNG', 'image/png', pdf, say('ledger.receiptWrongType', { mediaType: 'image/png' })],
    ['a PNG missing its last signature byte', 'image/png', file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]), say('ledger.receiptWrongType', { mediaType: 'image/png' })],
    ['a PNG sent as a JPEG', 'image/jpeg', png, say('ledger.receiptWrongType', { mediaType: 'image/jpeg' })],
    ['a RIFF file that is not WebP (a WAV)', 'image/webp', file('RIFF\x10\x00\x00\x00WAVEfmt '), say('ledger.receiptWrongType', { mediaType: 'image/webp' })],
    ['WebP without its RIFF header', 'image/webp', file('RIFX\x10\x00\x00\x00WEBPVP8 '), say('ledger.receiptWrongType', { mediaType: 'image/webp' })],
    ['a JPEG sent as a PDF', 'application/pdf', jpeg, say('ledger.receiptWrongType', { mediaType: 'application/pdf' })],
    ['a type it does not take', 'text/html', file('<html>'), say('ledger.receiptWrongType', { mediaType: 'text/html' })],
    ['an empty file', 'image/png', Buffer.alloc(0), say('ledger.receiptEmpty')],
    ['a byte over 5 MiB', 'image/png', file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], maxReceiptBytes + 1), say('ledger.receiptTooLarge')],
  ];
  it.each(refused)('refuses %s, saying why', (_what, mediaType, data, reason) => {
    expect(() => readReceipt(as(mediaType, data))).toThrowError(expect.objectContaining({ code: 'INVALID_ENTRY', reason }));
  });

  it('of exactly 5 MiB is taken', () => {
    expect(readReceipt(as('image/png', file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], maxReceiptBytes))).data).toHaveLength(maxReceiptBytes);
  });

  it('is hashed with SHA-256 over its bytes, hex (the known answer for "abc")', () => {
    expect(receiptSha256({ mediaType: 'image/png', data: Buffer.from('abc') })).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('comes back as it was kept with its entry; an entry without one says so', () => {
    const db = bareLedger();
    const withReceipt = recordEntry(db, { kind: 'fee', date: '2026-11-02', amount: 100, accountId: 1, receipt: { mediaType: 'application/pdf', dataBase64: pdf.toString('base64') } }, now);
    const without = recordEntry(db, { kind: 'fee', date: '2026-11-02', amount: 100, accountId: 1 }, now);
    expect(entryReceipt(db, withReceipt.seq)).toEqual(as('application/pdf', pdf));
    expect(() => entryReceipt(db, without.seq)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND', reason: say('ledger.noReceipt', { seq: without.seq }) }));
  });
});
