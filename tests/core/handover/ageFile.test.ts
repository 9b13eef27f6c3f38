// The age files a handover is written in: read by the age-encryption library and by Debian's age
// tool, and reading theirs; every chunk size at its edges; and any byte changed, any cut, any wrong
// key refused. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decrypter, Encrypter, generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import { AgeRefusal, AgeWriter, ageFileChunks, type AgeKey, type AgeLock } from '../../../electron/core/handover/ageFile.ts';

const folder = mkdtempSync(join(tmpdir(), 'mutual-ledger-age-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

/** Writes `plain` with AgeWriter, in pieces of `piece` bytes, and returns the file's path. */
async function written(plain: Buffer, lock: AgeLock, piece = 10_000): Promise<string> {
  const path = join(folder, `written-${(files += 1)}.age`);
  const file = await open(path, 'wx');
  const writer = await AgeWriter.begin(file, lock);
  for (let from = 0; from < plain.length; from += piece) await writer.write(plain.subarray(from, from + piece));
  const length = await writer.finish();
  await file.close();
  expect(readFileSync(path).length).toBe(length);
  return path;
}

/** What ageFileChunks gives out for the file at `path`, or the refusal it ends in. */
async function readBack(path: string, key: AgeKey): Promise<Buffer | AgeRefusal> {
  const file = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of ageFileChunks(file, key)) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof AgeRefusal) return error;
    throw error;
  } finally {
    await file.close();
  }
}

function saved(bytes: Uint8Array): string {
  const path = join(folder, `saved-${(files += 1)}.age`);
  writeFileSync(path, bytes);
  return path;
}

const x25519 = await generateX25519Identity();
const x25519Recipient = await identityToRecipient(x25519);
const hybrid = await generateHybridIdentity();
const hybridRecipient = await identityToRecipient(hybrid);
const identityFile = join(folder, 'identity.txt');
writeFileSync(identityFile, `${x25519}\n`);

// Empty; one byte; a chunk less one, exactly one, one more; two exactly; a few and a bit.
const sizes = [0, 1, 65_535, 65_536, 65_537, 131_072, 300_001];

describe('age files', () => {
  it('are read by the age-encryption library, for both kinds of recipient and a passphrase, at every chunk edge', async () => {
    // The library's own cipher is slow: every edge for X25519, the chunk's edge alone for the hybrid (its header is what differs).
    const cases = [...sizes.map((size) => [size, { recipient: x25519Recipient }, x25519] as const), ...[0, 65_536, 65_537].map((size) => [size, { recipient: hybridRecipient }, hybrid] as const)];
    for (const [size, lock, key] of cases) {
      const plain = randomBytes(size);
      const decrypter = new Decrypter();
      decrypter.addIdentity(key);
      expect(Buffer.from(await decrypter.decrypt(readFileSync(await written(plain, lock))))).toEqual(plain);
    }
    const decrypter = new Decrypter();
    decrypter.addPassphrase('abacus ablaze abide abroad absence acorn');
    const plain = randomBytes(70_000);
    expect(Buffer.from(await decrypter.decrypt(readFileSync(await written(plain, { passphrase: 'abacus ablaze abide abroad absence acorn' }))))).toEqual(plain);
  }, 60_000);

  it('are read by Debian’s age tool, and read the files it writes', async () => {
    for (const size of sizes) {
      const plain = randomBytes(size);
      expect(execFileSync('age', ['-d', '-i', identityFile, await written(plain, { recipient: x25519Recipient }, 4_096)], { maxBuffer: 1 << 24 })).toEqual(plain);
      const plainPath = join(folder, `plain-${size}`);
      writeFileSync(plainPath, plain);
      const byTheTool = join(folder, `tool-${size}.age`);
      execFileSync('age', ['-r', x25519Recipient, '-o', byTheTool, plainPath]);
      expect(await readBack(byTheTool, { identity: x25519 })).toEqual(plain);
    }
  });

  it('read what the library writes, to a passphrase and to a post-quantum recipient', async () => {
    const plain = randomBytes(140_000);
    const toPassphrase = new Encrypter();
    toPassphrase.setPassphrase('copper meadow whistle harbour');
    expect(await readBack(saved(await toPassphrase.encrypt(plain)), { passphrase: 'copper meadow whistle harbour' })).toEqual(plain);
    const toHybrid = new Encrypter();
    toHybrid.addRecipient(hybridRecipient);
    expect(await readBack(saved(await toHybrid.encrypt(plain)), { identity: hybrid })).toEqual(plain);
  }, 30_000);

  it('refuse a wrong identity or passphrase as not opening, before giving out a byte', async () => {
    const plain = randomBytes(1_000);
    const other = await generateX25519Identity();
    expect(await readBack(await written(plain, { recipient: x25519Recipient }), { identity: other })).toEqual(new AgeRefusal('does-not-open'));
    expect(await readBack(await written(plain, { recipient: x25519Recipient }), { passphrase: 'copper meadow whistle harbour' })).toEqual(new AgeRefusal('does-not-open'));
    expect(await readBack(await written(plain, { passphrase: 'copper meadow whistle harbour' }), { passphrase: 'copper meadow whistle harbor' })).toEqual(new AgeRefusal('does-not-open'));
  }, 30_000);

  it('refuse every single byte changed, anywhere in the file', async () => {
    // Two chunks and a bit: the header, the nonce, a full chunk and its tag, the last chunk and its tag.
    const path = await written(randomBytes(2 * 65_536 + 100), { recipient: x25519Recipient });
    const whole = readFileSync(path);
    const positions = [...Array.from({ length: 400 }, (_, index) => index), ...Array.from({ length: 200 }, () => Math.floor(Math.random() * whole.length)), whole.length - 1];
    for (const position of positions) {
      const changed = Buffer.from(whole);
      changed[position] = (changed[position] ?? 0) ^ (1 << position % 8);
      const result = await readBack(saved(changed), { identity: x25519 });
      expect(result, `byte ${position} changed`).toBeInstanceOf(AgeRefusal);
    }
  }, 120_000);

  it('refuse a file cut short anywhere, at a chunk’s edge too', async () => {
    const path = await written(randomBytes(3 * 65_536), { recipient: x25519Recipient });
    const whole = readFileSync(path);
    const headerEnd = whole.indexOf('\n---') + 1;
    const chunkStarts = [0, 1, 2].map((index) => whole.length - (3 - index) * (65_536 + 16));
    const cuts = [
      0,
      10,
      headerEnd,
      headerEnd + 20,
      ...chunkStarts,
      ...chunkStarts.map((start) => start + 16),
      whole.length - 1,
      ...Array.from({ length: 20 }, () => Math.floor(Math.random() * whole.length)),
    ];
    for (const cut of cuts) {
      expect(await readBack(saved(whole.subarray(0, cut)), { identity: x25519 }), `cut at ${cut}`).toBeInstanceOf(AgeRefusal);
    }
    // And one chunk more than was written, sealed as a last one would be: not the file written either.
    expect(await readBack(saved(Buffer.concat([whole, whole.subarray(-200)])), { identity: x25519 })).toBeInstanceOf(AgeRefusal);
  });
});
