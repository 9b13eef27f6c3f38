import argon2 from 'argon2';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Argon2Parameters {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** The floor the threat model sets, and the default for new slots (RFC 9106's second recommended option). */
export const argon2Floor: Argon2Parameters = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 };

/**
 * The ceiling a key-slot file may ask for. Anything above it is refused before Argon2id runs: a file
 * edited to ask for a terabyte of memory or a million passes must not hang or crash the app.
 */
export const argon2Ceiling: Argon2Parameters = { memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 64 };

export const dataKeyBytes = 32;
export const saltBytes = 16;
export const nonceBytes = 12;
export const tagBytes = 16;

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

/** A fresh random Argon2id salt. */
export function newSalt(): Buffer {
  return randomBytes(saltBytes);
}

/** Argon2id(secret) → the 256-bit key-encryption key of one slot. The caller zeroes it. */
export async function deriveKeyEncryptionKey(secret: string, salt: Buffer, parameters: Argon2Parameters): Promise<Buffer> {
  return takeDerivedAhead(secret, salt, parameters) ?? argon2id(secret, salt, parameters);
}

function argon2id(secret: string, salt: Buffer, parameters: Argon2Parameters): Promise<Buffer> {
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

/**
 * Derivations begun ahead of need (see unlockAhead.ts). Each is taken at most once, by the first
 * derivation asked for with the same secret, salt and parameters: the same function of the same
 * inputs, so taking it changes nothing but when Argon2id ran.
 */
const derivedAhead: { secret: string; salt: Buffer; parameters: Argon2Parameters; key: Promise<Buffer> }[] = [];

/** Starts Argon2id now, for a derivation that will be asked for later. */
export function deriveAhead(secret: string, salt: Buffer, parameters: Argon2Parameters): void {
  const key = argon2id(secret, salt, parameters);
  // Whoever takes it sees a failure; one never taken must not end the process as an unhandled rejection.
  key.catch(() => {});
  derivedAhead.push({ secret, salt: Buffer.from(salt), parameters: { ...parameters }, key });
}

function takeDerivedAhead(secret: string, salt: Buffer, parameters: Argon2Parameters): Promise<Buffer> | undefined {
  const index = derivedAhead.findIndex(
    (ahead) =>
      ahead.secret === secret &&
      ahead.salt.equals(salt) &&
      ahead.parameters.memoryKiB === parameters.memoryKiB &&
      ahead.parameters.iterations === parameters.iterations &&
      ahead.parameters.parallelism === parameters.parallelism,
  );
  return index < 0 ? undefined : derivedAhead.splice(index, 1)[0]?.key;
}

/** Zeroes every derivation begun ahead and never taken (the unlock was refused, or never tried). */
export async function discardDerivedAhead(): Promise<void> {
  const left = derivedAhead.splice(0);
  await Promise.all(left.map(async ({ key }) => (await key.catch(() => undefined))?.fill(0)));
}

/** AES-256-GCM under `key` with a fresh nonce; `context` is the additional data that binds the result to its place. */
export function encryptUnder(key: Buffer, plaintext: Buffer, context: string): { nonce: Buffer; ciphertext: Buffer } {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  return { nonce, ciphertext: Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]) };
}

/** The plaintext, or undefined when the key, the context or any byte is wrong. */
export function decryptUnder(key: Buffer, nonce: Buffer, ciphertext: Buffer, context: string): Buffer | undefined {
  if (ciphertext.length < tagBytes || nonce.length !== nonceBytes) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - tagBytes));
    return Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - tagBytes)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** Version-1 slots: the data key itself wrapped under Argon2id(secret). Still read; no longer written. */
export async function unwrapDataKey(wrapped: WrappedKey, secret: string, parameters: Argon2Parameters, context: string): Promise<{ dataKey: Buffer; kek: Buffer } | undefined> {
  if (wrapped.ciphertext.length !== dataKeyBytes + tagBytes) return undefined;
  const kek = await deriveKeyEncryptionKey(secret, wrapped.salt, parameters);
  const dataKey = decryptUnder(kek, wrapped.nonce, wrapped.ciphertext, context);
  if (dataKey === undefined) {
    kek.fill(0);
    return undefined;
  }
  // The key-encryption key is handed back so the caller can upgrade this slot without a second Argon2id run.
  return { dataKey, kek };
}
