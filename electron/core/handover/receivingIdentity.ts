// The age identity a new treasurer's laptop makes to receive a handover: written as age-keygen
// writes one (so `age -d -i FILE` reads it too), kept only until the import is done, then destroyed.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Encrypter, generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { ReceivingIdentity, RecipientFacts, RecipientKind } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { crockfordOf, groupCode } from '../crockfordBase32.ts';
import { syncFolder } from '../vault/fileSync.ts';
import { privateFileMode } from '../vault/privateFiles.ts';

/** An identity file is a few lines; anything longer is not one. */
const identityFileLimit = 16 * 1024;

/**
 * The recipient's fingerprint: the first 80 bits of SHA-256 over the recipient as written, in four
 * groups of four Crockford base-32 characters. Read aloud over a phone call, it tells both people the
 * outgoing laptop has the recipient the new one made, not one swapped in on the way.
 */
export function recipientFingerprint(recipient: string): string {
  return groupCode(crockfordOf(createHash('sha256').update(recipient, 'utf8').digest(), 16), 4);
}

/** A recipient's kind and fingerprint; refuses anything but an X25519 or a post-quantum hybrid recipient the age library reads. */
export function recipientFacts(recipient: string): RecipientFacts {
  const kind: RecipientKind = recipient.startsWith('age1pq1') ? 'post-quantum' : 'classic';
  const readable = (() => {
    if (recipient.startsWith('age1tag')) return false;
    try {
      new Encrypter().addRecipient(recipient);
      return true;
    } catch {
      return false;
    }
  })();
  if (!readable) throw new TreasuryError('INVALID_INPUT', say('handover.notARecipient'));
  return { recipient, kind, fingerprint: recipientFingerprint(recipient) };
}

/** Makes an identity of this kind and writes it to `path` (mode 0600; refused if the path is taken). */
export async function makeReceivingIdentity(path: string, kind: RecipientKind, now: Date): Promise<ReceivingIdentity> {
  if (existsSync(path)) throw new TreasuryError('NOT_PERMITTED', say('handover.identityPathTaken', { path }));
  const secret = kind === 'post-quantum' ? await generateHybridIdentity() : await generateX25519Identity();
  const recipient = await identityToRecipient(secret);
  const createdAt = now.toISOString();
  const text = `# created: ${createdAt}\n# public key: ${recipient}\n# Mutual Ledger: to receive a handover; destroyed once it is imported.\n${secret}\n`;
  let handle: number;
  try {
    handle = openSync(path, 'wx', privateFileMode);
  } catch {
    throw new TreasuryError('NOT_PERMITTED', say('handover.identityNotWritten', { path }));
  }
  try {
    writeSync(handle, text);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  syncFolder(dirname(path));
  return { ...recipientFacts(recipient), path, createdAt };
}

/** An identity file read back: the secret (AGE-SECRET-KEY-…), and what it is. */
export async function readReceivingIdentity(path: string): Promise<{ secret: string; identity: ReceivingIdentity }> {
  let text: string;
  try {
    if (statSync(path).size > identityFileLimit) throw new Error('too long');
    text = readFileSync(path, 'utf8');
  } catch {
    throw new TreasuryError('NOT_FOUND', say('handover.identityUnreadable', { path }));
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const secrets = lines.filter((line) => line !== '' && !line.startsWith('#'));
  const secret = secrets[0] ?? '';
  let recipient: string;
  try {
    if (secrets.length !== 1 || !/^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(secret)) throw new Error('not an identity');
    recipient = await identityToRecipient(secret);
  } catch {
    throw new TreasuryError('INVALID_INPUT', say('handover.notAnIdentity', { path }));
  }
  const createdAt = /^# created: (\S+)$/m.exec(text)?.[1] ?? statSync(path).mtime.toISOString();
  return { secret, identity: { ...recipientFacts(recipient), path, createdAt } };
}

/** Overwrites the identity file with random bytes, flushes, and removes it: the handover it opened can be opened by nobody now. */
export function destroyReceivingIdentity(path: string): void {
  const handle = openSync(path, 'r+');
  try {
    writeSync(handle, randomBytes(statSync(path).size));
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  unlinkSync(path);
  syncFolder(dirname(path));
}
