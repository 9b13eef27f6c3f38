import { createHash, generateKeyPairSync } from 'node:crypto';
import type { Ledger } from './ledgerDatabase.ts';
import type { GroupSigningKeyRow } from '../ledger/schema/rows.ts';

/** The group's Ed25519 key: made with the vault, kept inside it; later it signs auditor summaries. */
export function createGroupSigningKey(db: Ledger, now: Date): void {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  db.prepare('INSERT INTO group_signing_key (id, algorithm, public_key, private_key_pkcs8, created_at) VALUES (1, ?, ?, ?, ?)').run(
    'ed25519',
    rawPublicKey(publicKey.export({ format: 'der', type: 'spki' })),
    privateKey.export({ format: 'der', type: 'pkcs8' }),
    now.toISOString(),
  );
}

// An Ed25519 SPKI DER is a fixed 12-byte header followed by the 32-byte key.
function rawPublicKey(spki: Buffer): Buffer {
  return spki.subarray(spki.length - 32);
}

/** SHA-256 of the raw public key, as 16 groups of four hex digits: easy to read aloud and compare. */
export function fingerprint(publicKey: Buffer): string {
  return (createHash('sha256').update(publicKey).digest('hex').match(/.{4}/g) ?? []).join(' ');
}

export function groupKeyFingerprint(db: Ledger): string {
  const row = db.prepare('SELECT public_key FROM group_signing_key WHERE id = 1').get() as Pick<GroupSigningKeyRow, 'public_key'> | undefined;
  if (row === undefined) throw new Error('The vault has no group signing key.');
  return fingerprint(row.public_key);
}
