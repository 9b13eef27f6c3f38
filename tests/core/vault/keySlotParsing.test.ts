import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupAdvice, keySlotFileText, parseKeySlotFile, readKeySlotFile, type KeySlotFileV2 } from '../../../electron/core/vault/keySlotFile.ts';

// What the key-slot file's reader accepts and how it names what it refuses, as docs/vault-format.md
// describes the file. Nothing here is a real key: the reader checks shapes and lengths, not secrets.
const b64 = (bytes: number) => randomBytes(bytes).toString('base64');
const kdf = () => ({ algorithm: 'argon2id', memoryKiB: 65_536, iterations: 3, parallelism: 4, salt: b64(16) });
const gcm = (bytes: number) => ({ algorithm: 'aes-256-gcm', nonce: b64(12), ciphertext: b64(bytes) });
const sealedSlot = (kind: string) => ({
  kind,
  updatedAt: '2026-11-30T12:00:00.000Z',
  kdf: kdf(),
  publicKey: b64(32),
  privateKey: gcm(48),
  dataKey: { algorithm: 'x25519-hkdf-sha256-aes-256-gcm', ephemeralPublicKey: b64(32), nonce: b64(12), ciphertext: b64(48) },
});
/** A version-1 slot: the data key wrapped directly under Argon2id(secret). */
const legacySlot = (kind: string) => ({ kind, updatedAt: '2026-11-30T12:00:00.000Z', kdf: kdf(), wrap: gcm(48) });

function version2(): KeySlotFileV2 {
  return {
    format: 'mutual-ledger/key-slots',
    version: 2,
    vaultId: randomUUID(),
    createdAt: '2026-11-30T12:00:00.000Z',
    ledger: { file: 'ledger.sqlite', cipher: 'sqlcipher', cipherVersion: 4 },
    slots: [sealedSlot('treasurer'), sealedSlot('recovery')],
    slotListMac: b64(32),
  } as KeySlotFileV2;
}

type Edit = (file: Record<string, any>) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

const refusals: [what: string, edit: Edit, problem: string][] = [
  ['a salt of 8 bytes', (file) => (file.slots[0].kdf.salt = b64(8)), 'slots.0.kdf.salt: salt must be 16 bytes'],
  ['a salt that is not base64', (file) => (file.slots[0].kdf.salt = 'not base64!'), 'slots.0.kdf.salt: salt is not base64'],
  ['a salt without its padding', (file) => (file.slots[0].kdf.salt = Buffer.alloc(16, 7).toString('base64').replace(/=+$/, '')), 'slots.0.kdf.salt: salt must be 16 bytes'],
  ['a nonce of 16 bytes', (file) => (file.slots[1].privateKey.nonce = b64(16)), 'slots.1.privateKey.nonce: nonce must be 12 bytes'],
  ['a wrapped private key a byte short', (file) => (file.slots[1].privateKey.ciphertext = b64(47)), 'slots.1.privateKey.ciphertext: ciphertext must be 48 bytes'],
  ['an ephemeral public key of 31 bytes', (file) => (file.slots[0].dataKey.ephemeralPublicKey = b64(31)), 'slots.0.dataKey.ephemeralPublicKey: ephemeralPublicKey must be 32 bytes'],
  ["a sealed data key's nonce of 8 bytes", (file) => (file.slots[0].dataKey.nonce = b64(8)), 'slots.0.dataKey.nonce: nonce must be 12 bytes'],
  ['a sealed data key a byte short', (file) => (file.slots[0].dataKey.ciphertext = b64(47)), 'slots.0.dataKey.ciphertext: ciphertext must be 48 bytes'],
  ['a public key of 33 bytes', (file) => (file.slots[0].publicKey = b64(33)), 'slots.0.publicKey: publicKey must be 32 bytes'],
  ['Argon2id memory below the floor', (file) => (file.slots[0].kdf.memoryKiB = 65_535), 'slots.0.kdf.memoryKiB: Argon2id memory is below the floor'],
  ['Argon2id memory of 64 GiB', (file) => (file.slots[0].kdf.memoryKiB = 64 * 1024 * 1024), 'slots.0.kdf.memoryKiB: Argon2id memory is absurdly high'],
  ['two Argon2id passes', (file) => (file.slots[0].kdf.iterations = 2), 'slots.0.kdf.iterations: Argon2id passes are below the floor'],
  ['65 Argon2id passes', (file) => (file.slots[0].kdf.iterations = 65), 'slots.0.kdf.iterations: Argon2id passes are absurdly high'],
  ['no parallelism', (file) => (file.slots[0].kdf.parallelism = 0), 'slots.0.kdf.parallelism: Too small: expected number to be >=1'],
  ['two slots of one kind', (file) => (file.slots[1].kind = 'treasurer'), 'slots: two slots of one kind'],
  ['no slot at all', (file) => (file.slots = []), 'slots: Too small: expected array to have >=1 items'],
  ['a slot list code of 31 bytes', (file) => (file.slotListMac = b64(31)), 'slotListMac: slotListMac must be 32 bytes'],
  ['a sealed slot without its public key', (file) => delete file.slots[0].publicKey, 'slots.0.publicKey: Invalid input: expected string, received undefined'],
  // A slot that fits neither shape is named from the one it is closest to: here a version-1 slot, the second.
  ['a version-1 slot without its wrapped key', (file) => (file.slots[1] = { ...legacySlot('recovery'), wrap: undefined }), 'slots.1.wrap: Invalid input: expected object, received undefined'],
  [
    'a version-1 file with two slots of one kind',
    (file) => (delete file.slotListMac, (file.version = 1), (file.slots = [legacySlot('treasurer'), legacySlot('treasurer')])),
    'slots: two slots of one kind',
  ],
  ['a version-1 file holding a sealed slot', (file) => (file.version = 1), 'slots.0.wrap: Invalid input: expected object, received undefined'],
  ['a newer version of another format', (file) => ((file.format = 'other/format'), (file.version = 3)), 'format: Invalid input: expected "mutual-ledger/key-slots"'],
  ['a version written as text', (file) => (file.version = '3'), 'version: Invalid input: expected 2'],
  ['another SQLCipher version', (file) => (file.ledger.cipherVersion = 3), 'ledger.cipherVersion: Invalid input: expected 4'],
  ['a field it does not know', (file) => (file.extra = true), 'Unrecognized key: "extra"'],
];

describe('reading the key-slot file', () => {
  it('reads a version-2 file back as written', () => {
    const file = version2();
    expect(parseKeySlotFile(keySlotFileText(file))).toEqual(file);
    expect(keySlotFileText(file)).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });

  it.each(refusals)('refuses %s, naming where the problem is', (_what, edit, problem) => {
    const file = version2();
    edit(file);
    expect(() => parseKeySlotFile(JSON.stringify(file))).toThrowError(
      expect.objectContaining({ code: 'VAULT_UNREADABLE', message: `The key-slot file is not one this version can read: ${problem}. ${backupAdvice}` }),
    );
    expect(() => keySlotFileText(file as KeySlotFileV2)).toThrow();
  });

  it('refuses text that is not JSON, or JSON that is not an object', () => {
    expect(() => parseKeySlotFile('{"format": "mutual-ledger/key-sl')).toThrowError(
      expect.objectContaining({ code: 'VAULT_UNREADABLE', message: `The key-slot file is damaged (not valid JSON). ${backupAdvice}` }),
    );
    const notObjects: [text: string, received: string][] = [
      ['null', 'null'],
      ['[]', 'array'],
      ['"slots"', 'string'],
    ];
    for (const [text, received] of notObjects) {
      expect(() => parseKeySlotFile(text)).toThrowError(`The key-slot file is not one this version can read: Invalid input: expected object, received ${received}.`);
    }
  });

  it('says there is no vault where the key-slot file is missing', () => {
    const path = join(tmpdir(), `mutual-ledger-missing-${randomUUID()}`, 'keyslots.json');
    expect(() => readKeySlotFile(path)).toThrowError(expect.objectContaining({ code: 'VAULT_NOT_FOUND', message: `There is no vault at ${path}.` }));
  });

  it('says a file of a newer version of this format needs a newer app', () => {
    const file = { ...version2(), version: 3 };
    expect(() => parseKeySlotFile(JSON.stringify(file))).toThrowError(
      expect.objectContaining({ code: 'VAULT_TOO_NEW', message: 'This vault was made by a newer version of Mutual Ledger: update the app to open it.' }),
    );
  });
});
