// A reader of the vault written only from docs/vault-format.md, sharing no code with the app: if the
// docs and the app drift apart, the tests that use it fail.
import argon2 from 'argon2';
import { createDecipheriv, createHmac, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, timingSafeEqual } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';

interface DocSlot {
  kind: string;
  kdf: { memoryKiB: number; iterations: number; parallelism: number; salt: string };
  wrap?: { nonce: string; ciphertext: string };
  publicKey?: string;
  privateKey?: { nonce: string; ciphertext: string };
  dataKey?: { ephemeralPublicKey: string; nonce: string; ciphertext: string };
}

interface DocFile {
  version: number;
  vaultId: string;
  slots: DocSlot[];
  slotListMac?: string;
}

const b = (text: string) => Buffer.from(text, 'base64');
const url = (bytes: Buffer) => bytes.toString('base64url');

function gcmOpen(key: Buffer, nonce: Buffer, sealed: Buffer, aad: string): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** "the recovery code reduced to its 30 characters: uppercased, spaces and dashes removed, O read as 0 and I/L as 1". */
function reduceRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The data key, following the docs step by step, or undefined if the secret opens no slot. */
export async function dataKeyFromDocs(keySlotsJson: string, secret: { passphrase: string } | { recoveryCode: string }): Promise<Buffer | undefined> {
  const file = JSON.parse(keySlotsJson) as DocFile;
  const kinds = 'passphrase' in secret ? ['treasurer', 'co-treasurer'] : ['recovery'];
  const text = 'passphrase' in secret ? secret.passphrase : reduceRecoveryCode(secret.recoveryCode);
  for (const slot of file.slots.filter((candidate) => kinds.includes(candidate.kind))) {
    const kek = await argon2.hash(text.normalize('NFC'), {
      type: argon2.argon2id,
      version: 0x13,
      raw: true,
      hashLength: 32,
      salt: b(slot.kdf.salt),
      memoryCost: slot.kdf.memoryKiB,
      timeCost: slot.kdf.iterations,
      parallelism: slot.kdf.parallelism,
    });
    if (slot.wrap !== undefined) {
      const dataKey = gcmOpen(kek, b(slot.wrap.nonce), b(slot.wrap.ciphertext), `mutual-ledger/key-slots/v1/${file.vaultId}/${slot.kind}`);
      if (dataKey !== undefined) return dataKey;
      continue;
    }
    const ctx = (x: string) => `mutual-ledger/key-slots/v2/${file.vaultId}/${slot.kind}/${x}`;
    const privateKey = gcmOpen(kek, b(slot.privateKey!.nonce), b(slot.privateKey!.ciphertext), ctx('private-key'));
    if (privateKey === undefined) continue;
    const publicKey = b(slot.publicKey!);
    const ownKey = createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: url(privateKey), x: url(publicKey) }, format: 'jwk' });
    const derivedPublic = Buffer.from(createPublicKey(ownKey).export({ format: 'jwk' }).x as string, 'base64url');
    if (!derivedPublic.equals(publicKey)) return undefined;
    const ephemeral = b(slot.dataKey!.ephemeralPublicKey);
    const shared = diffieHellman({ privateKey: ownKey, publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: url(ephemeral) }, format: 'jwk' }) });
    const key = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, publicKey]), Buffer.from(ctx('data-key'), 'utf8'), 32));
    const dataKey = gcmOpen(key, b(slot.dataKey!.nonce), b(slot.dataKey!.ciphertext), ctx('data-key'));
    if (dataKey === undefined) return undefined;
    // "After opening a slot, check it [slotListMac]."
    const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), Buffer.from(`mutual-ledger/key-slots/v2/${file.vaultId}/slot-list`, 'utf8'), 32));
    const sealed = file.slots.filter((candidate) => candidate.publicKey !== undefined).map((candidate) => [candidate.kind, candidate.publicKey]);
    const mac = createHmac('sha256', macKey)
      .update(JSON.stringify({ vaultId: file.vaultId, slots: sealed }))
      .digest();
    if (!timingSafeEqual(mac, b(file.slotListMac!))) throw new Error('slot list MAC does not match');
    return dataKey;
  }
  return undefined;
}

/** Opens ledger.sqlite with the raw data key as the docs say; throws if the key is wrong. */
export function ledgerFromDocs(path: string, dataKey: Buffer): Database.Database {
  const db = new Database(path, { readonly: true });
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${dataKey.toString('hex')}'"`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
