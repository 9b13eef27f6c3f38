// Files in the age format (age-encryption.org/v1). The header (the recipients' stanzas and its MAC)
// is made and checked by the age-encryption library. The payload's STREAM (ChaCha20-Poly1305 over
// 64 KiB chunks, the key from HKDF-SHA256 of the file key and a 16-byte nonce) goes through
// node:crypto: OpenSSL's cipher runs about fourteen times faster here than the library's pure
// JavaScript one, which would take a minute over a large vault. Both directions are checked against
// the library and against the age command-line tool (tests/core/handover/ageFile.test.ts).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Decrypter, Encrypter } from 'age-encryption';

/** What an age file is locked to: a recipient (age1…, age1pq1…) or a passphrase (scrypt). */
export type AgeLock = { recipient: string } | { passphrase: string };
/** What opens one: an identity (AGE-SECRET-KEY-…) or a passphrase. */
export type AgeKey = { identity: string } | { passphrase: string };

const chunkSize = 64 * 1024;
const tagSize = 16;
const nonceSize = 16;
/** Far more than any header of one recipient (a post-quantum stanza is under 2 KiB). */
const headerLimit = 64 * 1024;
const headerEnd = Buffer.from('\n--- ');

/** Why an age file was refused: it opens with none of the keys given, or it is not whole. */
export class AgeRefusal extends Error {
  constructor(readonly why: 'does-not-open' | 'damaged') {
    super(why);
    this.name = 'AgeRefusal';
  }
}

function streamKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

/** The STREAM nonce of chunk `index`: an 11-byte big-endian counter, then 1 on the last chunk. */
function chunkNonce(index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(index, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** The length of the header at the start of `bytes` (through the MAC line's newline), or -1 if it does not end there. */
function headerLength(bytes: Buffer): number {
  const mark = bytes.indexOf(headerEnd);
  if (mark < 0) return -1;
  const lineEnd = bytes.indexOf(0x0a, mark + headerEnd.length);
  return lineEnd < 0 ? -1 : lineEnd + 1;
}

/** A header locked as asked, and the file key it holds. */
async function sealedHeader(lock: AgeLock): Promise<{ header: Buffer; fileKey: Uint8Array }> {
  const encrypter = new Encrypter();
  if ('passphrase' in lock) {
    encrypter.setPassphrase(lock.passphrase);
    const header = headerOf(await encrypter.encrypt(new Uint8Array(0)));
    // A passphrase stanza can only be opened again: scrypt once more, a second or so, once per handover.
    return { header, fileKey: await headerFileKey(lock, header) };
  }
  let fileKey: Uint8Array | undefined;
  encrypter.addRecipient(lock.recipient);
  // The library draws the file key and hands it to each recipient; this one keeps it and adds no stanza.
  encrypter.addRecipient({
    wrapFileKey: (key) => {
      fileKey = Uint8Array.from(key);
      return [];
    },
  });
  const header = headerOf(await encrypter.encrypt(new Uint8Array(0)));
  if (fileKey === undefined) throw new Error('The age library drew no file key.');
  return { header, fileKey };
}

/** The header of an age file the library wrote whole (of an empty payload). */
function headerOf(file: Uint8Array): Buffer {
  const bytes = Buffer.from(file);
  return bytes.subarray(0, headerLength(bytes));
}

/** The file key a header holds for this key; the library checks the header's MAC. */
function headerFileKey(key: AgeKey, header: Uint8Array): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  if ('identity' in key) decrypter.addIdentity(key.identity);
  else decrypter.addPassphrase(key.passphrase);
  return decrypter.decryptHeader(header);
}

/** Writes an age file a piece at a time: each full 64 KiB chunk is sealed and written as soon as the next byte comes. */
export class AgeWriter {
  private readonly pending = Buffer.alloc(chunkSize);
  private used = 0;
  private index = 0;
  private written = 0;

  private constructor(
    private readonly file: FileHandle,
    private readonly key: Buffer,
  ) {}

  /** Starts the file: its header and nonce, written now. */
  static async begin(file: FileHandle, lock: AgeLock): Promise<AgeWriter> {
    const { header, fileKey } = await sealedHeader(lock);
    const nonce = randomBytes(nonceSize);
    const key = streamKey(fileKey, nonce);
    fileKey.fill(0);
    const writer = new AgeWriter(file, key);
    await writer.put(Buffer.concat([header, nonce]));
    return writer;
  }

  async write(bytes: Buffer): Promise<void> {
    let from = 0;
    while (from < bytes.length) {
      // Only once more bytes come is a full chunk known not to be the last.
      if (this.used === chunkSize) await this.seal(false);
      const taken = bytes.copy(this.pending, this.used, from);
      this.used += taken;
      from += taken;
    }
  }

  /** Seals the last chunk; returns the file's length. */
  async finish(): Promise<number> {
    await this.seal(true);
    this.key.fill(0);
    return this.written;
  }

  /** Forgets the key, for a file abandoned part way. */
  abandon(): void {
    this.key.fill(0);
  }

  private async seal(last: boolean): Promise<void> {
    const cipher = createCipheriv('chacha20-poly1305', this.key, chunkNonce(this.index, last), { authTagLength: tagSize });
    const sealed = Buffer.concat([cipher.update(this.pending.subarray(0, this.used)), cipher.final(), cipher.getAuthTag()]);
    this.index += 1;
    this.used = 0;
    await this.put(sealed);
  }

  private async put(bytes: Buffer): Promise<void> {
    await this.file.write(bytes);
    this.written += bytes.length;
  }
}

/**
 * The plaintext of an age file, chunk by chunk, each checked before it is given out. A file cut
 * short, a changed byte or a wrong key ends in AgeRefusal, at the header or at the chunk where it
 * shows: a reader must not act on what it was given until the end is reached.
 */
export async function* ageFileChunks(file: FileHandle, key: AgeKey): AsyncGenerator<Buffer> {
  const { size } = await file.stat();
  const start = Buffer.alloc(Math.min(size, headerLimit + nonceSize));
  await file.read(start, 0, start.length, 0);
  const length = headerLength(start);
  if (length < 0 || length + nonceSize > size) throw new AgeRefusal('damaged');
  const fileKey = await openHeader(key, start.subarray(0, length));
  const payloadKey = streamKey(fileKey, start.subarray(length, length + nonceSize));
  fileKey.fill(0);
  try {
    let position = length + nonceSize;
    const sealed = Buffer.alloc(chunkSize + tagSize);
    for (let index = 0; ; index += 1) {
      const taken = Math.min(sealed.length, size - position);
      const last = position + taken === size;
      if (taken < tagSize || (last && taken === tagSize && index > 0)) throw new AgeRefusal('damaged');
      await file.read(sealed, 0, taken, position);
      position += taken;
      const decipher = createDecipheriv('chacha20-poly1305', payloadKey, chunkNonce(index, last), { authTagLength: tagSize });
      decipher.setAuthTag(sealed.subarray(taken - tagSize, taken));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(sealed.subarray(0, taken - tagSize)), decipher.final()]);
      } catch {
        throw new AgeRefusal('damaged');
      }
      yield plain;
      if (last) return;
    }
  } finally {
    payloadKey.fill(0);
  }
}

/** The file key, or a refusal: a header the library cannot parse or whose MAC fails is damaged; one no key opens does not open. */
async function openHeader(key: AgeKey, header: Buffer): Promise<Uint8Array> {
  try {
    return await headerFileKey(key, header);
  } catch (error) {
    const noKeyMatched = error instanceof Error && error.message.startsWith('no identity matched');
    throw new AgeRefusal(noKeyMatched ? 'does-not-open' : 'damaged');
  }
}
