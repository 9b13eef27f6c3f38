import { createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

// Reads a ledger's SQLCipher 4 pages with the raw data key, outside SQLite, so that retention tests can
// look at every byte the file and its -wal hold: live pages, free pages, and WAL frames SQLite no longer
// reads. The format (checked against better-sqlite3-multiple-ciphers with cipher='sqlcipher', legacy=4
// and a raw key x'<64 hex>'):
// - pages of 4096 bytes; the last 80 of each are reserved: a random 16-byte IV, then a 64-byte HMAC;
// - the rest of the page is AES-256-CBC ciphertext, without padding, under the 32 raw key bytes as is;
// - page 1 starts with the file's 16-byte salt in the clear, in place of "SQLite format 3\0", and only
//   its bytes 16 to 4016 are encrypted;
// - the HMAC is HMAC-SHA512 over ciphertext, IV and the page number as 4 bytes little-endian, under a key
//   PBKDF2-HMAC-SHA512(raw key, salt XOR 0x3a, 2 iterations, 32 bytes);
// - the -wal file is a 32-byte header and frames of a 24-byte header (page number big-endian first)
//   followed by one page encrypted exactly as in the main file.

/** SQLCipher 4's page size, which the ledger keeps. */
export const sqlcipherPageSize = 4096;
/** The bytes SQLCipher 4 reserves at the end of each page: the IV, then the HMAC. */
export const sqlcipherReserve = 80;
/** What SQLite sees of a page: the page less the reserved tail. Every decrypted page has this length. */
export const usablePageSize = sqlcipherPageSize - sqlcipherReserve;

const saltLength = 16;
const ivLength = 16;
const hmacSaltMask = 0x3a;
const hmacKeyIterations = 2;
const walHeaderLength = 32;
const walFrameHeaderLength = 24;
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Every page of the database file at `path`, decrypted with the raw 32-byte `dataKey`, in file order
 * (index i is page i + 1), free pages included. Each is `usablePageSize` bytes: the page as SQLite sees
 * it, without the reserved IV and HMAC; page 1 starts with "SQLite format 3\0" where the file has its
 * salt. A page whose HMAC does not match (a wrong key, a damaged page) throws an Error naming it; an
 * all-zero page, which SQLCipher itself reads as never written, comes back as zeros.
 */
export function decryptedPages(path: string, dataKey: Buffer): Buffer[] {
  const file = readFileSync(path);
  if (file.length % sqlcipherPageSize !== 0) {
    throw new Error(`${path} is ${file.length} bytes, not a whole number of ${sqlcipherPageSize}-byte pages`);
  }
  if (file.length === 0) return [];
  const hmacKey = pageHmacKey(dataKey, saltOf(file, path));
  const pages: Buffer[] = [];
  for (let index = 0; index * sqlcipherPageSize < file.length; index += 1) {
    const page = file.subarray(index * sqlcipherPageSize, (index + 1) * sqlcipherPageSize);
    pages.push(decryptPage(page, index + 1, dataKey, hmacKey, `page ${index + 1} of ${path}`));
  }
  checkPageOneHeader(pages[0] as Buffer, path);
  return pages;
}

/**
 * Every frame of the database's write-ahead log (`${databasePath}-wal`), each frame's page decrypted
 * as by `decryptedPages`, in file order: all the frames the file holds, including those of earlier WAL
 * generations that SQLite no longer reads, since they are still bytes on disk. The salt is read from
 * the database file, or from a frame of page 1 while the database file is still empty. A missing or
 * empty WAL gives []. A frame whose HMAC does not match throws an Error naming the frame and its page.
 */
export function decryptedWalFrames(databasePath: string, dataKey: Buffer): Buffer[] {
  const walPath = `${databasePath}-wal`;
  const wal = existsSync(walPath) ? readFileSync(walPath) : Buffer.alloc(0);
  if (wal.length === 0) return [];
  const frameLength = walFrameHeaderLength + sqlcipherPageSize;
  if (wal.length < walHeaderLength || (wal.length - walHeaderLength) % frameLength !== 0) {
    throw new Error(`${walPath} is ${wal.length} bytes, not a 32-byte header and whole ${frameLength}-byte frames`);
  }
  const pageSizeInHeader = wal.readUInt32BE(8);
  if (pageSizeInHeader !== sqlcipherPageSize) {
    throw new Error(`${walPath} says its pages are ${pageSizeInHeader} bytes; this reader handles ${sqlcipherPageSize}`);
  }
  const frames: { pageNumber: number; page: Buffer }[] = [];
  for (let offset = walHeaderLength; offset < wal.length; offset += frameLength) {
    frames.push({ pageNumber: wal.readUInt32BE(offset), page: wal.subarray(offset + walFrameHeaderLength, offset + frameLength) });
  }
  const hmacKey = pageHmacKey(dataKey, walSalt(databasePath, frames));
  return frames.map(({ pageNumber, page }, index) => decryptPage(page, pageNumber, dataKey, hmacKey, `WAL frame ${index + 1} (page ${pageNumber}) of ${walPath}`));
}

/**
 * Whether `text` is in any of the pages, as UTF-8 (the ledger's encoding) or as UTF-16 in either byte
 * order. Each page is searched on its own: a long value SQLite splits across overflow pages would not
 * be found, so canaries should be short strings in rows that fit on a page.
 */
export function containsText(pages: Buffer[], text: string): boolean {
  return pagesContainingText(pages, text).length > 0;
}

/** The indexes of the pages that hold `text` (as `containsText` looks for it); a failing test can say where. */
export function pagesContainingText(pages: Buffer[], text: string): number[] {
  if (text.length === 0) throw new Error('an empty string is in every page; give a canary');
  const forms = textForms(text);
  return pages.flatMap((page, index) => (forms.some((form) => page.includes(form)) ? [index] : []));
}

function textForms(text: string): Buffer[] {
  const utf16le = Buffer.from(text, 'utf16le');
  return [Buffer.from(text, 'utf8'), utf16le, Buffer.from(utf16le).swap16()];
}

function saltOf(file: Buffer, path: string): Buffer {
  if (file.length < saltLength) throw new Error(`${path} is too short to hold a salt`);
  return file.subarray(0, saltLength);
}

/** The database file's salt; while the file is still empty, the one a frame of page 1 carries. */
function walSalt(databasePath: string, frames: { pageNumber: number; page: Buffer }[]): Buffer {
  const file = existsSync(databasePath) ? readFileSync(databasePath) : Buffer.alloc(0);
  if (file.length > 0) return saltOf(file, databasePath);
  const pageOne = frames.find((frame) => frame.pageNumber === 1);
  if (pageOne === undefined) throw new Error(`${databasePath} is empty and its WAL has no page 1: no salt to check the frames with`);
  return pageOne.page.subarray(0, saltLength);
}

/** SQLCipher 4's HMAC key: PBKDF2-HMAC-SHA512 of the encryption key, with the salt XOR 0x3a, 2 rounds. */
function pageHmacKey(dataKey: Buffer, salt: Buffer): Buffer {
  if (dataKey.length !== 32) throw new Error(`the data key is ${dataKey.length} bytes; SQLCipher's raw key is 32`);
  const hmacSalt = Buffer.from(salt.map((byte) => byte ^ hmacSaltMask));
  return pbkdf2Sync(dataKey, hmacSalt, hmacKeyIterations, 32, 'sha512');
}

function decryptPage(page: Buffer, pageNumber: number, dataKey: Buffer, hmacKey: Buffer, name: string): Buffer {
  // SQLCipher reads an all-zero page (never written, e.g. past a short read) as zeros, without an HMAC.
  if (page.every((byte) => byte === 0)) return Buffer.alloc(usablePageSize);
  const start = pageNumber === 1 ? saltLength : 0;
  const ciphertext = page.subarray(start, usablePageSize);
  const iv = page.subarray(usablePageSize, usablePageSize + ivLength);
  const storedHmac = page.subarray(usablePageSize + ivLength, sqlcipherPageSize);
  const pageNumberBytes = Buffer.alloc(4);
  pageNumberBytes.writeUInt32LE(pageNumber);
  const hmac = createHmac('sha512', hmacKey).update(ciphertext).update(iv).update(pageNumberBytes).digest();
  if (!hmac.equals(storedHmac)) {
    throw new Error(`${name}: HMAC mismatch (a wrong key, or a damaged or non-SQLCipher-4 page)`);
  }
  const decipher = createDecipheriv('aes-256-cbc', dataKey, iv).setAutoPadding(false);
  const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  return pageNumber === 1 ? Buffer.concat([sqliteHeader, plaintext]) : plaintext;
}

/** Page 1's own header must agree with the sizes assumed here, or every other page was cut wrong. */
function checkPageOneHeader(pageOne: Buffer, path: string): void {
  const pageSize = pageOne.readUInt16BE(16);
  const reserve = pageOne[20];
  if (pageSize !== sqlcipherPageSize || reserve !== sqlcipherReserve) {
    throw new Error(`${path} has ${pageSize}-byte pages with ${reserve} reserved bytes; this reader handles ${sqlcipherPageSize} and ${sqlcipherReserve}`);
  }
}
