import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { keySlotKindSchema, type KeySlotKind } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { writeFileAtomic } from '../atomicFile.ts';
import { argon2Floor, type Argon2Parameters, type WrappedKey, unwrapDataKey, wrapDataKey } from './keyWrapping.ts';

export const keySlotFormat = 'mutual-ledger/key-slots';
export const keySlotFormatVersion = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

const slotSchema = z.strictObject({
  kind: keySlotKindSchema,
  updatedAt: z.iso.datetime(),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int().min(argon2Floor.memoryKiB),
    iterations: z.number().int().min(argon2Floor.iterations),
    parallelism: z.number().int().min(1).max(255),
    salt: base64,
  }),
  wrap: z.strictObject({
    algorithm: z.literal('aes-256-gcm'),
    nonce: base64,
    ciphertext: base64,
  }),
});

const keySlotFileSchema = z.strictObject({
  format: z.literal(keySlotFormat),
  version: z.literal(keySlotFormatVersion),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  ledger: z.strictObject({ file: z.literal('ledger.sqlite'), cipher: z.literal('sqlcipher'), cipherVersion: z.literal(4) }),
  slots: z.array(slotSchema).min(1),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;

/** Reads and checks the key-slot file; a damaged or foreign file is VAULT_UNREADABLE. */
export function readKeySlotFile(path: string): KeySlotFile {
  if (!existsSync(path)) throw new TreasuryError('VAULT_NOT_FOUND', `There is no vault at ${path}.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new TreasuryError('VAULT_UNREADABLE', 'The key-slot file is damaged (not valid JSON). Restore it from a backup.');
  }
  const parsed = keySlotFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new TreasuryError('VAULT_UNREADABLE', `The key-slot file is not one this version can read: ${parsed.error.issues[0]?.message ?? 'unknown shape'}.`);
  }
  return parsed.data;
}

export function writeKeySlotFile(path: string, file: KeySlotFile): void {
  writeFileAtomic(path, `${JSON.stringify(keySlotFileSchema.parse(file), null, 2)}\n`);
}

/** Binds a wrapped key to its vault and slot kind, so a slot cannot be moved between vaults or kinds. */
function wrapContext(vaultId: string, kind: KeySlotKind): string {
  return `${keySlotFormat}/v${keySlotFormatVersion}/${vaultId}/${kind}`;
}

/** A new slot holding the data key wrapped under `secret`. */
export async function makeSlot(vaultId: string, kind: KeySlotKind, dataKey: Buffer, secret: string, now: Date, parameters: Argon2Parameters = argon2Floor): Promise<KeySlot> {
  const wrapped = await wrapDataKey(dataKey, secret, parameters, wrapContext(vaultId, kind));
  return {
    kind,
    updatedAt: now.toISOString(),
    kdf: { algorithm: 'argon2id', ...parameters, salt: wrapped.salt.toString('base64') },
    wrap: { algorithm: 'aes-256-gcm', nonce: wrapped.nonce.toString('base64'), ciphertext: wrapped.ciphertext.toString('base64') },
  };
}

/** The data key from one slot, or undefined if the secret does not open it. */
export function openSlot(vaultId: string, slot: KeySlot, secret: string): Promise<Buffer | undefined> {
  const wrapped: WrappedKey = {
    salt: Buffer.from(slot.kdf.salt, 'base64'),
    nonce: Buffer.from(slot.wrap.nonce, 'base64'),
    ciphertext: Buffer.from(slot.wrap.ciphertext, 'base64'),
  };
  const { memoryKiB, iterations, parallelism } = slot.kdf;
  return unwrapDataKey(wrapped, secret, { memoryKiB, iterations, parallelism }, wrapContext(vaultId, slot.kind));
}

/** The slots with `kind` replaced by (or extended with) `slot`, in a stable order. */
export function withSlot(slots: KeySlot[], slot: KeySlot): KeySlot[] {
  const order: KeySlotKind[] = ['treasurer', 'co-treasurer', 'recovery'];
  return [...slots.filter((existing) => existing.kind !== slot.kind), slot].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
