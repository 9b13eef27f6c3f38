import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Confirmation, KeySlotKind } from '../../../shared/contract/index.ts';
import { isSealed, keySlotFormat, keySlotFormatVersion, type KeySlot, type KeySlotFile, type KeySlotFileV2, type LegacySlot, type SealedSlot } from './keySlotFile.ts';
import { argon2Floor, decryptUnder, deriveKeyEncryptionKey, encryptUnder, newSalt, unwrapDataKey, type Argon2Parameters } from './keyWrapping.ts';
import { slotsToTry } from './slotChoice.ts';
import { newSlotKeyPair, publicKeyOf, sealDataKey, unsealDataKey, type SealedDataKey } from './slotSealing.ts';

/*
 * What a key slot does, whatever its version: open with a secret, be made for a secret, be resealed
 * to a new data key. The additional data of every AES-GCM step names the vault, the slot kind and the
 * step, so a slot (or a part of one) copied to another vault, kind or place does not open.
 */

const b64 = (bytes: Buffer) => bytes.toString('base64');
const bytes = (text: string) => Buffer.from(text, 'base64');

const legacyContext = (vaultId: string, kind: KeySlotKind) => `${keySlotFormat}/v1/${vaultId}/${kind}`;
const privateKeyContext = (vaultId: string, kind: KeySlotKind) => `${keySlotFormat}/v2/${vaultId}/${kind}/private-key`;
const dataKeyContext = (vaultId: string, kind: KeySlotKind) => `${keySlotFormat}/v2/${vaultId}/${kind}/data-key`;

/** A slot opened with its secret. */
export interface OpenedSlot {
  kind: KeySlotKind;
  dataKey: Buffer;
  /** A version-1 slot's key-encryption key, so it can be upgraded without a second Argon2id run. */
  legacyKek?: Buffer;
}

/** A slot ready to be written, and how to check the copy read back from disk before it replaces anything. */
export interface PreparedSlot {
  slot: SealedSlot;
  /** Whether the slot read back opens and yields `dataKey`. */
  opensTo(readBack: KeySlot, dataKey: Buffer): boolean;
  /** Zeroes the secrets held for the check. */
  dispose(): void;
}

function sealedFrom(sealed: SealedDataKey): SealedSlot['dataKey'] {
  return { algorithm: 'x25519-hkdf-sha256-aes-256-gcm', ephemeralPublicKey: b64(sealed.ephemeralPublicKey), nonce: b64(sealed.nonce), ciphertext: b64(sealed.ciphertext) };
}

function sealedOf(slot: SealedSlot): SealedDataKey {
  return { ephemeralPublicKey: bytes(slot.dataKey.ephemeralPublicKey), nonce: bytes(slot.dataKey.nonce), ciphertext: bytes(slot.dataKey.ciphertext) };
}

const sameBytes = (a: Buffer | undefined, b: Buffer) => a !== undefined && a.length === b.length && timingSafeEqual(a, b);

/** The first slot of the file (in its order) the passphrase or recovery code opens, or undefined if it opens none. */
export async function openWithSecret(file: KeySlotFile, secret: Confirmation): Promise<OpenedSlot | undefined> {
  for (const { slot, text } of slotsToTry(file.slots, secret)) {
    const opened = await openSlotWithSecret(file.vaultId, slot, text);
    if (opened !== undefined) return opened;
  }
  return undefined;
}

/** The slot's data key with its secret, or undefined if the secret does not open it. */
export async function openSlotWithSecret(vaultId: string, slot: KeySlot, secret: string): Promise<OpenedSlot | undefined> {
  const { memoryKiB, iterations, parallelism } = slot.kdf;
  const parameters = { memoryKiB, iterations, parallelism };
  if (!isSealed(slot)) {
    const opened = await unwrapDataKey({ salt: bytes(slot.kdf.salt), nonce: bytes(slot.wrap.nonce), ciphertext: bytes(slot.wrap.ciphertext) }, secret, parameters, legacyContext(vaultId, slot.kind));
    return opened === undefined ? undefined : { kind: slot.kind, dataKey: opened.dataKey, legacyKek: opened.kek };
  }
  const kek = await deriveKeyEncryptionKey(secret, bytes(slot.kdf.salt), parameters);
  const privateKey = decryptUnder(kek, bytes(slot.privateKey.nonce), bytes(slot.privateKey.ciphertext), privateKeyContext(vaultId, slot.kind));
  kek.fill(0);
  if (privateKey === undefined) return undefined;
  try {
    const publicKey = bytes(slot.publicKey);
    if (!publicKeyOf(privateKey).equals(publicKey)) return undefined;
    const dataKey = unsealDataKey(sealedOf(slot), privateKey, publicKey, dataKeyContext(vaultId, slot.kind));
    return dataKey === undefined ? undefined : { kind: slot.kind, dataKey };
  } finally {
    privateKey.fill(0);
  }
}

/** The data key from one slot, or undefined if the secret does not open it. */
export async function openSlot(vaultId: string, slot: KeySlot, secret: string): Promise<Buffer | undefined> {
  const opened = await openSlotWithSecret(vaultId, slot, secret);
  opened?.legacyKek?.fill(0);
  return opened?.dataKey;
}

/** A version-2 slot with a fresh key pair, its private key wrapped under `kek` (the caller's, zeroed by dispose). */
function slotFromKek(vaultId: string, kind: KeySlotKind, dataKey: Buffer, kek: Buffer, kdf: SealedSlot['kdf'], now: Date): PreparedSlot {
  const pair = newSlotKeyPair();
  const wrapped = encryptUnder(kek, pair.privateKey, privateKeyContext(vaultId, kind));
  const { sealed } = sealDataKey(dataKey, pair.publicKey, dataKeyContext(vaultId, kind));
  const slot: SealedSlot = {
    kind,
    updatedAt: now.toISOString(),
    kdf,
    publicKey: b64(pair.publicKey),
    privateKey: { algorithm: 'aes-256-gcm', nonce: b64(wrapped.nonce), ciphertext: b64(wrapped.ciphertext) },
    dataKey: sealedFrom(sealed),
  };
  return {
    slot,
    opensTo(readBack, expected) {
      if (!isSealed(readBack) || readBack.kind !== kind || readBack.kdf.salt !== kdf.salt || !bytes(readBack.publicKey).equals(pair.publicKey)) return false;
      const privateKey = decryptUnder(kek, bytes(readBack.privateKey.nonce), bytes(readBack.privateKey.ciphertext), privateKeyContext(vaultId, kind));
      if (!sameBytes(privateKey, pair.privateKey)) return false;
      const dataKeyBack = unsealDataKey(sealedOf(readBack), pair.privateKey, pair.publicKey, dataKeyContext(vaultId, kind));
      privateKey?.fill(0);
      const opens = sameBytes(dataKeyBack, expected);
      dataKeyBack?.fill(0);
      return opens;
    },
    dispose() {
      kek.fill(0);
      pair.privateKey.fill(0);
    },
  };
}

/** A new slot for `secret`: Argon2id with a fresh salt, and a fresh key pair. */
export async function makeSlot(vaultId: string, kind: KeySlotKind, dataKey: Buffer, secret: string, now: Date, parameters: Argon2Parameters = argon2Floor): Promise<PreparedSlot> {
  const salt = newSalt();
  const kek = await deriveKeyEncryptionKey(secret, salt, parameters);
  return slotFromKek(vaultId, kind, dataKey, kek, { algorithm: 'argon2id', ...parameters, salt: b64(salt) }, now);
}

/** A version-1 slot turned into version 2 with the key-encryption key its secret just gave (same salt and parameters). */
export function upgradeSlot(vaultId: string, legacy: LegacySlot, kek: Buffer, dataKey: Buffer, now: Date): PreparedSlot {
  return slotFromKek(vaultId, legacy.kind, dataKey, kek, legacy.kdf, now);
}

/** The same slot (same key pair, same secret) holding a new data key: no secret needed. */
export function resealSlot(vaultId: string, slot: SealedSlot, dataKey: Buffer): PreparedSlot {
  const { sealed, reopen } = sealDataKey(dataKey, bytes(slot.publicKey), dataKeyContext(vaultId, slot.kind));
  const resealed: SealedSlot = { ...slot, dataKey: sealedFrom(sealed) };
  return {
    slot: resealed,
    opensTo(readBack, expected) {
      if (!isSealed(readBack) || JSON.stringify({ ...readBack, dataKey: null }) !== JSON.stringify({ ...resealed, dataKey: null })) return false;
      const dataKeyBack = reopen(sealedOf(readBack));
      const opens = sameBytes(dataKeyBack, expected);
      dataKeyBack?.fill(0);
      return opens;
    },
    dispose() {},
  };
}

/** The slot unchanged (same data key): checked only for being byte-for-byte the same when read back. */
export function keptSlot(slot: KeySlot): { slot: KeySlot; opensTo(readBack: KeySlot): boolean; dispose(): void } {
  const text = JSON.stringify(slot);
  return { slot, opensTo: (readBack) => JSON.stringify(readBack) === text, dispose() {} };
}

/**
 * Authenticates the list of sealed slots with the data key. Without it, someone able to write
 * key-slots.json could add a slot with their own public key and receive the next data key at the next
 * re-key; with it, the app refuses a slot list it did not write.
 */
export function slotListMac(vaultId: string, slots: readonly KeySlot[], dataKey: Buffer): string {
  const key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), Buffer.from(`${keySlotFormat}/v2/${vaultId}/slot-list`, 'utf8'), 32));
  const listed = slots.filter(isSealed).map((slot) => [slot.kind, slot.publicKey]);
  try {
    return createHmac('sha256', key)
      .update(JSON.stringify({ vaultId, slots: listed }))
      .digest('base64');
  } finally {
    key.fill(0);
  }
}

/** A version-2 key-slot file for these slots, its slot list authenticated with `dataKey`. */
export function keySlotFileFor(base: { vaultId: string; createdAt: string }, slots: KeySlotFileV2['slots'], dataKey: Buffer): KeySlotFileV2 {
  return {
    format: keySlotFormat,
    version: keySlotFormatVersion,
    vaultId: base.vaultId,
    createdAt: base.createdAt,
    ledger: { file: 'ledger.sqlite', cipher: 'sqlcipher', cipherVersion: 4 },
    slots,
    slotListMac: slotListMac(base.vaultId, slots, dataKey),
  };
}

/** Whether the file's slot list is the one the holder of `dataKey` wrote (version-1 files have no list to check). */
export function slotListIsAuthentic(file: KeySlotFile, dataKey: Buffer): boolean {
  if (file.version === 1) return true;
  return timingSafeEqual(bytes(slotListMac(file.vaultId, file.slots, dataKey)), bytes(file.slotListMac));
}

/** The slots with `kind` replaced by (or extended with) `slot`, in a stable order. */
export function withSlot<S extends { kind: KeySlotKind }>(slots: S[], slot: S): S[] {
  const order: KeySlotKind[] = ['treasurer', 'co-treasurer', 'recovery'];
  return [...slots.filter((existing) => existing.kind !== slot.kind), slot].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
