import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod';
// The kinds alone: the file's format needs no other part of the contract.
import { keySlotKinds } from '../../../shared/contract/kinds.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { inputProblem, problemOf } from '../../../shared/messages/inputProblems.ts';
import { say } from '../../../shared/messages/message.ts';
import { argon2Ceiling, argon2Floor, dataKeyBytes, nonceBytes, saltBytes, tagBytes } from './keyWrapping.ts';
import { x25519KeyBytes } from './slotSealing.ts';

export const keySlotFormat = 'mutual-ledger/key-slots';
/** Version 2 seals the data key to each slot's X25519 key; version-1 files are still read (docs/vault-format.md). */
export const keySlotFormatVersion = 2;

/** Where to find a backup, said the same way by every error that asks for one. */
export const backupAdvice = say('vault.backupAdvice');

/** Base64 that decodes to exactly `bytes` bytes: a wrong length is refused before any Argon2id runs. */
const base64Bytes = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, inputProblem(say('vault.notBase64')))
    .refine((text) => Buffer.from(text, 'base64').length === bytes && Buffer.from(text, 'base64').toString('base64') === text, inputProblem(say('vault.wrongByteCount', { bytes })));

const kdfSchema = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z
    .number()
    .int()
    .min(argon2Floor.memoryKiB, inputProblem(say('vault.argon2MemoryBelowFloor')))
    .max(argon2Ceiling.memoryKiB, inputProblem(say('vault.argon2MemoryTooHigh'))),
  iterations: z
    .number()
    .int()
    .min(argon2Floor.iterations, inputProblem(say('vault.argon2PassesBelowFloor')))
    .max(argon2Ceiling.iterations, inputProblem(say('vault.argon2PassesTooHigh'))),
  parallelism: z.number().int().min(1).max(argon2Ceiling.parallelism),
  salt: base64Bytes(saltBytes),
});

const gcm = z.strictObject({
  algorithm: z.literal('aes-256-gcm'),
  nonce: base64Bytes(nonceBytes),
  ciphertext: base64Bytes(dataKeyBytes + tagBytes),
});

const slotKind = z.enum(keySlotKinds);

/** Version 1: the data key wrapped directly under Argon2id(secret). Re-keying needs this slot's secret. */
const legacySlotSchema = z.strictObject({
  kind: slotKind,
  updatedAt: z.iso.datetime(),
  kdf: kdfSchema,
  wrap: gcm,
});

/** Version 2: an X25519 key pair whose private key is wrapped under Argon2id(secret), and the data key sealed to it. */
const sealedSlotSchema = z.strictObject({
  kind: slotKind,
  updatedAt: z.iso.datetime(),
  kdf: kdfSchema,
  publicKey: base64Bytes(x25519KeyBytes),
  privateKey: gcm,
  dataKey: z.strictObject({
    algorithm: z.literal('x25519-hkdf-sha256-aes-256-gcm'),
    ephemeralPublicKey: base64Bytes(x25519KeyBytes),
    nonce: base64Bytes(nonceBytes),
    ciphertext: base64Bytes(dataKeyBytes + tagBytes),
  }),
});

const oneOfEachKind = (slots: { kind: string }[]) => new Set(slots.map((slot) => slot.kind)).size === slots.length;
const twoOfOneKind = inputProblem(say('vault.twoSlotsOfOneKind'));
const ledgerSchema = z.strictObject({ file: z.literal('ledger.sqlite'), cipher: z.literal('sqlcipher'), cipherVersion: z.literal(4) });

const keySlotFileV1Schema = z.strictObject({
  format: z.literal(keySlotFormat),
  version: z.literal(1),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  ledger: ledgerSchema,
  slots: z.array(legacySlotSchema).min(1).refine(oneOfEachKind, twoOfOneKind),
});

const keySlotFileV2Schema = z.strictObject({
  format: z.literal(keySlotFormat),
  version: z.literal(2),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  ledger: ledgerSchema,
  slots: z
    .array(z.union([sealedSlotSchema, legacySlotSchema]))
    .min(1)
    .refine(oneOfEachKind, twoOfOneKind),
  /** HMAC-SHA256, under a key derived from the data key, over the vault id and every sealed slot's kind and public key. */
  slotListMac: base64Bytes(32),
});

export type LegacySlot = z.infer<typeof legacySlotSchema>;
export type SealedSlot = z.infer<typeof sealedSlotSchema>;
export type KeySlot = LegacySlot | SealedSlot;
export type KeySlotFileV2 = z.infer<typeof keySlotFileV2Schema>;
export type KeySlotFile = z.infer<typeof keySlotFileV1Schema> | KeySlotFileV2;

export function isSealed(slot: KeySlot): slot is SealedSlot {
  return 'publicKey' in slot;
}

/** Parses the text of a key-slot file; a damaged, foreign or newer file is refused with a typed error. */
export function parseKeySlotFile(text: string): KeySlotFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TreasuryError('VAULT_UNREADABLE', say('vault.keySlotsNotJson', { advice: backupAdvice }));
  }
  const version = (json as { format?: unknown; version?: unknown } | null)?.version;
  if ((json as { format?: unknown } | null)?.format === keySlotFormat && typeof version === 'number' && version > keySlotFormatVersion) {
    throw new TreasuryError('VAULT_TOO_NEW', say('vault.keySlotsTooNew'));
  }
  const schema = version === 1 ? keySlotFileV1Schema : keySlotFileV2Schema;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new TreasuryError('VAULT_UNREADABLE', say('vault.keySlotsUnreadable', { problem: problemOf(parsed.error), advice: backupAdvice }));
  }
  return parsed.data;
}

/** Reads and checks the key-slot file; a damaged or foreign file is VAULT_UNREADABLE. */
export function readKeySlotFile(path: string): KeySlotFile {
  if (!existsSync(path)) throw new TreasuryError('VAULT_NOT_FOUND', say('vault.noVaultAt', { path }));
  return parseKeySlotFile(readFileSync(path, 'utf8'));
}

/** The text of a version-2 key-slot file, checked against the schema before it can reach the disk. */
export function keySlotFileText(file: KeySlotFileV2): string {
  return `${JSON.stringify(keySlotFileV2Schema.parse(file), null, 2)}\n`;
}
