import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto';
import { decryptUnder, encryptUnder } from './keyWrapping.ts';

/**
 * Sealing the data key to a key slot's X25519 public key (an ECIES: X25519, HKDF-SHA256, AES-256-GCM).
 * Anyone holding the slot's public key can seal a new data key to it, so the vault can be re-keyed
 * without knowing any slot's secret; only the slot's private key, itself wrapped under
 * Argon2id(secret), opens the seal.
 */

// DER prefixes that turn 32 raw X25519 bytes into PKCS#8 and SPKI (RFC 8410), which node:crypto imports.
const pkcs8Prefix = Buffer.from('302e020100300506032b656e04220420', 'hex');
const spkiPrefix = Buffer.from('302a300506032b656e032100', 'hex');

export const x25519KeyBytes = 32;

export interface SlotKeyPair {
  /** 32 raw bytes; the caller zeroes it when done. */
  privateKey: Buffer;
  publicKey: Buffer;
}

export interface SealedDataKey {
  ephemeralPublicKey: Buffer;
  nonce: Buffer;
  /** The 32 encrypted bytes of the data key followed by the 16-byte tag. */
  ciphertext: Buffer;
}

function privateKeyObject(raw: Buffer): KeyObject {
  const der = Buffer.concat([pkcs8Prefix, raw]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

function publicKeyObject(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([spkiPrefix, raw]), format: 'der', type: 'spki' });
}

function rawPublicKey(key: KeyObject): Buffer {
  return (key.export({ format: 'der', type: 'spki' }) as Buffer).subarray(spkiPrefix.length);
}

/** A fresh X25519 key pair for a slot. */
export function newSlotKeyPair(): SlotKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer;
  const raw = Buffer.from(der.subarray(pkcs8Prefix.length));
  der.fill(0);
  return { privateKey: raw, publicKey: rawPublicKey(publicKey) };
}

/** The public key that belongs to a raw private key (to check an unwrapped private key is the slot's). */
export function publicKeyOf(privateKey: Buffer): Buffer {
  return rawPublicKey(createPublicKey(privateKeyObject(privateKey)));
}

/** HKDF-SHA256 over the X25519 shared secret, salted with both public keys, bound to `context`. */
function sealingKey(shared: Buffer, ephemeralPublicKey: Buffer, slotPublicKey: Buffer, context: string): Buffer {
  const key = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublicKey, slotPublicKey]), Buffer.from(context, 'utf8'), 32));
  shared.fill(0);
  return key;
}

/**
 * Seals the data key to a slot's public key with a fresh ephemeral key pair. `reopen` opens a copy of
 * the seal read back from disk with the ephemeral key, so a slot the app has no secret for can still be
 * checked before the file that holds it replaces the old one.
 */
export function sealDataKey(dataKey: Buffer, slotPublicKey: Buffer, context: string): { sealed: SealedDataKey; reopen: (readBack: SealedDataKey) => Buffer | undefined } {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublicKey = rawPublicKey(ephemeral.publicKey);
  const slotKey = publicKeyObject(slotPublicKey);
  const key = sealingKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey: slotKey }), ephemeralPublicKey, slotPublicKey, context);
  try {
    const sealed = { ephemeralPublicKey, ...encryptUnder(key, dataKey, context) };
    const reopen = (readBack: SealedDataKey): Buffer | undefined => {
      if (!readBack.ephemeralPublicKey.equals(ephemeralPublicKey)) return undefined;
      const again = sealingKey(diffieHellman({ privateKey: ephemeral.privateKey, publicKey: slotKey }), ephemeralPublicKey, slotPublicKey, context);
      try {
        return decryptUnder(again, readBack.nonce, readBack.ciphertext, context);
      } finally {
        again.fill(0);
      }
    };
    return { sealed, reopen };
  } finally {
    key.fill(0);
  }
}

/** The data key from a seal, with the slot's private key; undefined if anything is wrong. */
export function unsealDataKey(sealed: SealedDataKey, slotPrivateKey: Buffer, slotPublicKey: Buffer, context: string): Buffer | undefined {
  if (sealed.ephemeralPublicKey.length !== x25519KeyBytes) return undefined;
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: privateKeyObject(slotPrivateKey), publicKey: publicKeyObject(sealed.ephemeralPublicKey) });
  } catch {
    return undefined;
  }
  const key = sealingKey(shared, sealed.ephemeralPublicKey, slotPublicKey, context);
  try {
    return decryptUnder(key, sealed.nonce, sealed.ciphertext, context);
  } finally {
    key.fill(0);
  }
}
