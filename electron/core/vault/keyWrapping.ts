import argon2 from 'argon2';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Argon2Parameters {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** The floor the threat model sets, and the default for new slots (RFC 9106's second recommended option). */
export const argon2Floor: Argon2Parameters = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };

export const dataKeyBytes = 32;
const saltBytes = 16;
const nonceBytes = 12;
const tagBytes = 16;

export interface WrappedKey {
  salt: Buffer;
  nonce: Buffer;
  /** AES-256-GCM ciphertext of the data key followed by the 16-byte tag. */
  ciphertext: Buffer;
}

/** A fresh random 256-bit key for the ledger. */
export function newDataKey(): Buffer {
  return randomBytes(dataKeyBytes);
}

/** Argon2id(secret) → the 256-bit key-encryption key of one slot. */
async function deriveKeyEncryptionKey(secret: string, salt: Buffer, parameters: Argon2Parameters): Promise<Buffer> {
  return argon2.hash(secret.normalize('NFC'), {
    type: argon2.argon2id,
    raw: true,
    salt,
    hashLength: 32,
    memoryCost: parameters.memoryKiB,
    timeCost: parameters.iterations,
    parallelism: parameters.parallelism,
  });
}

/** Wraps the data key under a secret; `context` binds the wrap to its vault and slot. */
export async function wrapDataKey(dataKey: Buffer, secret: string, parameters: Argon2Parameters, context: string): Promise<WrappedKey> {
  const salt = randomBytes(saltBytes);
  const nonce = randomBytes(nonceBytes);
  const kek = await deriveKeyEncryptionKey(secret, salt, parameters);
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    return { salt, nonce, ciphertext };
  } finally {
    kek.fill(0);
  }
}

/** The data key, or undefined when the secret (or anything in the slot) is wrong. */
export async function unwrapDataKey(wrapped: WrappedKey, secret: string, parameters: Argon2Parameters, context: string): Promise<Buffer | undefined> {
  if (wrapped.ciphertext.length !== dataKeyBytes + tagBytes) return undefined;
  const kek = await deriveKeyEncryptionKey(secret, wrapped.salt, parameters);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, wrapped.nonce);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(wrapped.ciphertext.subarray(dataKeyBytes));
    return Buffer.concat([decipher.update(wrapped.ciphertext.subarray(0, dataKeyBytes)), decipher.final()]);
  } catch {
    return undefined;
  } finally {
    kek.fill(0);
  }
}
