import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { signedSummarySchema, summaryFormat, summaryVersion, type Anchor, type SignedSummary, type Summary, type VerifiedSummary } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { fingerprint, groupKeyFingerprint } from '../vault/groupSigningKey.ts';
import type { GroupSigningKeyRow } from '../ledger/schema/rows.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/**
 * A summary's file (docs/summary-format.md): the summary and the group key's Ed25519 signature over
 * its canonical JSON (keys sorted, no spaces), written as that same JSON indented by two spaces and
 * ending in one newline. A file is read back only if it is byte for byte the form it was signed in,
 * so that any change to it, even to a space, fails and says what failed.
 */

/** The biggest file taken for a summary: ten years of months in a few currencies fit in a few MiB. */
const largestFile = 16 * 1024 * 1024;

/** The same value with every object's keys in code-point order, so that JSON.stringify writes one text for it. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The bytes the signature covers. */
function signedBytes(summary: Summary): Buffer {
  return Buffer.from(JSON.stringify(sortedKeys(summary)), 'utf8');
}

/** The file's text. */
export function summaryFileText(signed: SignedSummary): string {
  return `${JSON.stringify(sortedKeys(signed), null, 2)}\n`;
}

// An Ed25519 public key as SPKI DER: this fixed header, then the 32 raw bytes.
const ed25519SpkiHeader = Buffer.from('302a300506032b6570032100', 'hex');

/** Signs a summary with the group's key, kept in the vault. */
export function signSummary(db: Ledger, summary: Summary): SignedSummary {
  const key = db.prepare('SELECT public_key, private_key_pkcs8 FROM group_signing_key WHERE id = 1').get() as Pick<GroupSigningKeyRow, 'public_key' | 'private_key_pkcs8'> | undefined;
  if (key === undefined) throw new Error('The vault has no group signing key.');
  const privateKey = createPrivateKey({ key: key.private_key_pkcs8, format: 'der', type: 'pkcs8' });
  return {
    summary,
    signature: {
      algorithm: 'ed25519',
      publicKey: key.public_key.toString('base64'),
      fingerprint: fingerprint(key.public_key),
      value: sign(null, signedBytes(summary), privateKey).toString('base64'),
    },
  };
}

function refused(reason: Message): TreasuryError {
  return new TreasuryError('SUMMARY_NOT_VERIFIED', reason);
}

/** The first line where the file's text and the form it was signed in part, counted from 1. */
function firstDifferentLine(text: string, signedForm: string): number {
  const lines = text.split('\n');
  const signedLines = signedForm.split('\n');
  const index = lines.findIndex((line, position) => line !== signedLines[position]);
  return (index === -1 ? Math.min(lines.length, signedLines.length) : index) + 1;
}

function signatureHolds(signed: SignedSummary, publicKey: Buffer): boolean {
  try {
    const key = createPublicKey({ key: Buffer.concat([ed25519SpkiHeader, publicKey]), format: 'der', type: 'spki' });
    return verify(null, signedBytes(signed.summary), key, Buffer.from(signed.signature.value, 'base64'));
  } catch {
    // 32 bytes that are no point of the curve are no key.
    return false;
  }
}

/** Reads a summary file and checks it whole; SUMMARY_NOT_VERIFIED says what failed. */
export function verifySummaryFile(bytes: Buffer): VerifiedSummary {
  if (bytes.length > largestFile) throw refused(say('audit.fileTooLarge'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused(say('audit.notText'));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refused(say('audit.notJson'));
  }
  const summary = (parsed as { summary?: { format?: unknown; version?: unknown } } | null)?.summary;
  if (summary?.format !== summaryFormat) throw refused(say('audit.notASummary'));
  if (typeof summary.version === 'number' && summary.version > summaryVersion) throw refused(say('audit.newerVersion', { version: summary.version }));
  const fitted = signedSummarySchema.safeParse(parsed);
  if (!fitted.success) throw refused(say('audit.notInForm', { where: fitted.error.issues[0]?.path.join('.') ?? '' }));
  const signed = fitted.data;
  const signedForm = summaryFileText(signed);
  if (text !== signedForm) throw refused(say('audit.notAsSigned', { line: firstDifferentLine(text, signedForm) }));
  const publicKey = Buffer.from(signed.signature.publicKey, 'base64');
  if (fingerprint(publicKey) !== signed.signature.fingerprint) throw refused(say('audit.fingerprintNotTheKeys'));
  if (!signatureHolds(signed, publicKey)) throw refused(say('audit.signatureDoesNotMatch'));
  return { summary: signed.summary, fingerprint: signed.signature.fingerprint, fileSha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads and checks the summary file at a full path. */
export function readSummaryFile(path: string): VerifiedSummary {
  let bytes: Buffer;
  try {
    // Only a file of a summary's size is read: a folder, a pipe or a device could hold the core for ever.
    const found = statSync(path);
    if (!found.isFile()) throw refused(say('audit.notAFile'));
    if (found.size > largestFile) throw refused(say('audit.fileTooLarge'));
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof TreasuryError) throw error;
    throw new TreasuryError('NOT_FOUND', say('audit.fileNotRead', { path, problem: fileProblem(error) }));
  }
  return verifySummaryFile(bytes);
}

/** The anchor of a summary this vault signed: refused when another key signed it. */
export function anchorOfOwnSummary(db: Ledger, verified: VerifiedSummary): Anchor {
  const ours = groupKeyFingerprint(db);
  if (verified.fingerprint !== ours) throw refused(say('audit.anotherGroupsKey', { theirs: verified.fingerprint, ours }));
  return verified.summary.ledger.anchor;
}

/** A file system's code ("ENOENT"), or the error's own words. */
export function fileProblem(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}
