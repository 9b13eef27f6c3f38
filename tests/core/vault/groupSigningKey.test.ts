import { createPublicKey, createPrivateKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGroupSigningKey, fingerprint, groupKeyFingerprint } from '../../../electron/core/vault/groupSigningKey.ts';
import { ledgersClosedAfterEachTest, openEmptyLedger } from '../ledger/bareLedger.ts';

// The group's Ed25519 signing key, made with the vault and kept inside its ledger. Auditor summaries
// will be signed with it, and its fingerprint is what a member compares, read aloud.
const emptyLedger = ledgersClosedAfterEachTest(openEmptyLedger, 'mutual-ledger-group-key-');
const now = new Date('2026-11-30T12:00:00.000Z');
// The raw public key as an SPKI DER: the fixed Ed25519 header of RFC 8410, then the 32 bytes.
const ed25519SpkiHeader = Buffer.from('302a300506032b6570032100', 'hex');

describe('the group signing key', () => {
  it('is an Ed25519 key pair whose stored public key verifies what its private key signs', () => {
    const db = emptyLedger();
    createGroupSigningKey(db, now);
    const row = db.prepare('SELECT algorithm, public_key, private_key_pkcs8, created_at FROM group_signing_key WHERE id = 1').get() as {
      algorithm: string;
      public_key: Buffer;
      private_key_pkcs8: Buffer;
      created_at: string;
    };
    expect(row.algorithm).toBe('ed25519');
    expect(row.created_at).toBe(now.toISOString());
    expect(row.public_key).toHaveLength(32);
    const privateKey = createPrivateKey({ key: row.private_key_pkcs8, format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: Buffer.concat([ed25519SpkiHeader, row.public_key]), format: 'der', type: 'spki' });
    const summary = Buffer.from('a synthetic summary', 'utf8');
    expect(verify(null, summary, publicKey, sign(null, summary, privateKey))).toBe(true);
  });

  it('is made once per vault: a second is refused by the ledger', () => {
    const db = emptyLedger();
    createGroupSigningKey(db, now);
    expect(() => createGroupSigningKey(db, now)).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('has a fingerprint of SHA-256 over the raw public key, in sixteen groups of four hex digits', () => {
    // SHA-256 of 32 zero bytes, computed with sha256sum.
    expect(fingerprint(Buffer.alloc(32))).toBe('6668 7aad f862 bd77 6c8f c18b 8e9f 8e20 0897 1485 6ee2 33b3 902a 591d 0d5f 2925');
    const db = emptyLedger();
    createGroupSigningKey(db, now);
    const stored = db.prepare('SELECT public_key FROM group_signing_key').pluck().get() as Buffer;
    expect(groupKeyFingerprint(db)).toBe(fingerprint(stored));
  });

  it('says so when the vault has none', () => {
    expect(() => groupKeyFingerprint(emptyLedger())).toThrowError('The vault has no group signing key.');
  });
});
