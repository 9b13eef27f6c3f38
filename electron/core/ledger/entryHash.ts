import { hash, randomBytes } from 'node:crypto';
import { canonicalPairWriter, canonicalWriter } from './canonicalJson.ts';

/** What an entry says: every field its content hash commits to. Documented in docs/ledger-format.md. */
export interface EntryContent {
  kind: string;
  date: string;
  amount: number;
  sign: number;
  currency: string;
  accountId: number;
  toAccountId: number | null;
  fundId: number;
  toFundId: number | null;
  category: string | null;
  recipientCode: string | null;
  memo: string | null;
  receiptSha256: string | null;
  platformTransactionId: string | null;
  reversesSeq: number | null;
  recordedAt: string;
}

// Every field of EntryContent: the compiler checks there is none more or less. Only the keys are read.
const contentFields: Record<keyof EntryContent, null> = {
  kind: null,
  date: null,
  amount: null,
  sign: null,
  currency: null,
  accountId: null,
  toAccountId: null,
  fundId: null,
  toFundId: null,
  category: null,
  recipientCode: null,
  memo: null,
  receiptSha256: null,
  platformTransactionId: null,
  reversesSeq: null,
  recordedAt: null,
};
const formatOneJson = canonicalWriter(Object.keys(contentFields) as (keyof EntryContent)[]);

/** The hash the chain starts from, before the first entry. */
export const genesisChainHash = '0'.repeat(64);

/** Format 1 (entries recorded before schema step 8): SHA-256 (hex) of the entry's canonical content, every field as it is. */
export function formatOneContentHash(content: EntryContent): string {
  return sha256Hex(formatOneJson(content));
}

/**
 * The fields retention may shred, each committed apart in format 2 with a salt of its own: by its
 * name in a digest, and the field of EntryContent that holds its value.
 */
export const shreddableFields = {
  memo: 'memo',
  recipientCode: 'recipientCode',
  receipt: 'receiptSha256',
  platformTransactionId: 'platformTransactionId',
} as const satisfies Record<string, keyof EntryContent>;
export type ShreddableField = keyof typeof shreddableFields;
export type FieldDigests = Record<ShreddableField, string | null>;
export type FieldSalts = Record<ShreddableField, string | null>;

/** The public part of a format-2 entry: what its content hash covers besides the digests. */
export type PublicContent = Omit<EntryContent, (typeof shreddableFields)[ShreddableField]>;

const shreddableValues = new Set<string>(Object.values(shreddableFields));
type DigestKey = `${ShreddableField}Digest` | 'format';
// Format 2 covers every field of EntryContent but the shreddable values, then the format and each digest.
const formatTwoJson = canonicalPairWriter(
  Object.keys(contentFields).filter((field) => !shreddableValues.has(field)) as (keyof PublicContent)[],
  ['format', ...Object.keys(shreddableFields).map((name) => `${name}Digest`)] as DigestKey[],
);

/** A new salt: 16 random bytes, as 32 lowercase hex digits. */
export function newSalt(): string {
  // Drawn from a pool filled 256 salts at a time: one call to the system's random source per 4 KiB
  // instead of one per salt, which cost a tenth of an imported statement's time.
  if (saltPoolAt === saltPool.length) {
    saltPool = randomBytes(saltPool.length);
    saltPoolAt = 0;
  }
  saltPoolAt += 16;
  return saltPool.toString('hex', saltPoolAt - 16, saltPoolAt);
}
let saltPool = Buffer.alloc(4096);
let saltPoolAt = saltPool.length;

/** SHA-256 (hex) of the canonical JSON array [salt, name, value]: a field committed without revealing it once its salt is gone. */
export function fieldDigest(salt: string, name: ShreddableField, value: string): string {
  return sha256Hex(JSON.stringify([salt, name, value]));
}

/** Format 2: SHA-256 (hex) of the public fields and the shreddable fields' digests, never their values. */
export function formatTwoContentHash(content: PublicContent, digests: FieldDigests): string {
  // The writer reads only its own keys: a shreddable value in `content` is never hashed.
  return sha256Hex(
    formatTwoJson(content, {
      format: 2,
      memoDigest: digests.memo,
      recipientCodeDigest: digests.recipientCode,
      receiptDigest: digests.receipt,
      platformTransactionIdDigest: digests.platformTransactionId,
    }),
  );
}

/** How a format-2 entry commits to what it says: a salt and a digest per shreddable field it has, and its content hash. */
export interface Commitments {
  salts: FieldSalts;
  digests: FieldDigests;
  contentHash: string;
}

const shreddableEntries = Object.entries(shreddableFields) as [ShreddableField, (typeof shreddableFields)[ShreddableField]][];

/** A new entry's commitments in format 2, each field with a fresh salt. */
export function commitEntry(content: EntryContent, salt: () => string = newSalt): Commitments {
  const salts = {} as FieldSalts;
  const digests = {} as FieldDigests;
  for (const [name, field] of shreddableEntries) {
    const value = content[field];
    salts[name] = value === null ? null : salt();
    digests[name] = value === null ? null : fieldDigest(salts[name] as string, name, value);
  }
  return { salts, digests, contentHash: formatTwoContentHash(content, digests) };
}

/** SHA-256 of text's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): string {
  // crypto.hash: one call, about a third of createHash's time for these short inputs; strings as UTF-8.
  return hash('sha256', text, 'hex');
}

/** SHA-256(previous chain hash ‖ content hash ‖ seq as 8 bytes big-endian), hex. */
export function chainHash(previousChainHash: string, content: string, seq: number): string {
  // One buffer written in place for every link: a million links allocate nothing.
  if (chainInput.write(previousChainHash, 0, 32, 'hex') + chainInput.write(content, 32, 32, 'hex') !== 64) {
    throw new Error('A chain link is made of two SHA-256 hashes in hex.');
  }
  chainInput.writeUInt32BE(Math.floor(seq / 2 ** 32), 64);
  chainInput.writeUInt32BE(seq % 2 ** 32, 68);
  return hash('sha256', chainInput, 'hex');
}
const chainInput = Buffer.alloc(72);
