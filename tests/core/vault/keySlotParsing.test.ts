import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupAdvice, keySlotFileText, parseKeySlotFile, readKeySlotFile, type KeySlotFileV2 } from '../../../electron/core/vault/keySlotFile.ts';
import { list, say, type Message } from '../../../shared/messages/message.ts';

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

/** The problem of one field, as the reader names it. */
const at = (field: string, problem: Message): Message => say('input.field', { field, problem });
const bytes = (count: number) => say('vault.wrongByteCount', { bytes: count });
const twoOfOneKind = at('slots', say('vault.twoSlotsOfOneKind'));

const refusals: [what: string, edit: Edit, problem: Message][] = [
  ['a salt of 8 bytes', (file) => (file.slots[0].kdf.salt = b64(8)), at('slots.0.kdf.salt', bytes(16))],
  ['a salt that is not base64', (file) => (file.slots[0].kdf.salt = 'not base64!'), at('slots.0.kdf.salt', say('vault.notBase64'))],
  ['a salt without its padding', (file) => (file.slots[0].kdf.salt = Buffer.alloc(16, 7).toString('base64').replace(/=+$/, '')), at('slots.0.kdf.salt', bytes(16))],
  ['a nonce of 16 bytes', (file) => (file.slots[1].privateKey.nonce = b64(16)), at('slots.1.privateKey.nonce', bytes(12))],
  ['a wrapped private key a byte short', (file) => (file.slots[1].privateKey.ciphertext = b64(47)), at('slots.1.privateKey.ciphertext', bytes(48))],
  ['an ephemeral public key of 31 bytes', (file) => (file.slots[0].dataKey.ephemeralPublicKey = b64(31)), at('slots.0.dataKey.ephemeralPublicKey', bytes(32))],
  ["a sealed data key's nonce of 8 bytes", (file) => (file.slots[0].dataKey.nonce = b64(8)), at('slots.0.dataKey.nonce', bytes(12))],
  ['a sealed data key a byte short', (file) => (file.slots[0].dataKey.ciphertext = b64(47)), at('slots.0.dataKey.ciphertext', bytes(48))],
  ['a public key of 33 bytes', (file) => (file.slots[0].publicKey = b64(33)), at('slots.0.publicKey', bytes(32))],
  ['Argon2id memory below the floor', (file) => (file.slots[0].kdf.memoryKiB = 65_535), at('slots.0.kdf.memoryKiB', say('vault.argon2MemoryBelowFloor'))],
  ['Argon2id memory of 64 GiB', (file) => (file.slots[0].kdf.memoryKiB = 64 * 1024 * 1024), at('slots.0.kdf.memoryKiB', say('vault.argon2MemoryTooHigh'))],
  ['two Argon2id passes', (file) => (file.slots[0].kdf.iterations = 2), at('slots.0.kdf.iterations', say('vault.argon2PassesBelowFloor'))],
  ['65 Argon2id passes', (file) => (file.slots[0].kdf.iterations = 65), at('slots.0.kdf.iterations', say('vault.argon2PassesTooHigh'))],
  ['no parallelism', (file) => (file.slots[0].kdf.parallelism = 0), at('slots.0.kdf.parallelism', say('input.atLeast', { minimum: 1 }))],
  ['two slots of one kind', (file) => (file.slots[1].kind = 'treasurer'), twoOfOneKind],
  ['no slot at all', (file) => (file.slots = []), at('slots', say('input.tooFewItems', { minimum: 1 }))],
  ['a slot list code of 31 bytes', (file) => (file.slotListMac = b64(31)), at('slotListMac', bytes(32))],
  ['a sealed slot without its public key', (file) => delete file.slots[0].publicKey, at('slots.0.publicKey', say('input.wrongType', { expected: 'string' }))],
  // A slot that fits neither shape is named from the one it is closest to: here a version-1 slot, the second.
  ['a version-1 slot without its wrapped key', (file) => (file.slots[1] = { ...legacySlot('recovery'), wrap: undefined }), at('slots.1.wrap', say('input.wrongType', { expected: 'object' }))],
  ['a version-1 file with two slots of one kind', (file) => (delete file.slotListMac, (file.version = 1), (file.slots = [legacySlot('treasurer'), legacySlot('treasurer')])), twoOfOneKind],
  ['a version-1 file holding a sealed slot', (file) => (file.version = 1), at('slots.0.wrap', say('input.wrongType', { expected: 'object' }))],
  ['a newer version of another format', (file) => ((file.format = 'other/format'), (file.version = 3)), at('format', say('input.notOneOf', { count: 1, choices: list(['mutual-ledger/key-slots']) }))],
  ['a version written as text', (file) => (file.version = '3'), at('version', say('input.notOneOf', { count: 1, choices: list(['2']) }))],
  ['another SQLCipher version', (file) => (file.ledger.cipherVersion = 3), at('ledger.cipherVersion', say('input.notOneOf', { count: 1, choices: list(['4']) }))],
  ['a field it does not know', (file) => (file.extra = true), say('input.unknownField', { field: 'extra' })],
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
      expect.objectContaining({ code: 'VAULT_UNREADABLE', reason: say('vault.keySlotsUnreadable', { problem, advice: backupAdvice }) }),
    );
    expect(() => keySlotFileText(file as KeySlotFileV2)).toThrow();
  });

  it('refuses text that is not JSON, or JSON that is not an object', () => {
    expect(() => parseKeySlotFile('{"format": "mutual-ledger/key-sl')).toThrowError(
      expect.objectContaining({ code: 'VAULT_UNREADABLE', reason: say('vault.keySlotsNotJson', { advice: backupAdvice }) }),
    );
    for (const text of ['null', '[]', '"slots"']) {
      expect(() => parseKeySlotFile(text), text).toThrowError(
        expect.objectContaining({ reason: say('vault.keySlotsUnreadable', { problem: say('input.wrongType', { expected: 'object' }), advice: backupAdvice }) }),
      );
    }
  });

  it('says there is no vault where the key-slot file is missing', () => {
    const path = join(tmpdir(), `mutual-ledger-missing-${randomUUID()}`, 'keyslots.json');
    expect(() => readKeySlotFile(path)).toThrowError(expect.objectContaining({ code: 'VAULT_NOT_FOUND', reason: say('vault.noVaultAt', { path }) }));
  });

  it('says a file of a newer version of this format needs a newer app', () => {
    const file = { ...version2(), version: 3 };
    expect(() => parseKeySlotFile(JSON.stringify(file))).toThrowError(expect.objectContaining({ code: 'VAULT_TOO_NEW', reason: say('vault.keySlotsTooNew') }));
  });
});
