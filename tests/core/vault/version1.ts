// A vault written the way the first release wrote its key slots, for the tests of reading and upgrading them.
import { createCipheriv, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import argon2 from 'argon2';
import { passphrases } from '../treasuryFixture.ts';
import { dataKeyFromDocs } from './docsReader.ts';

/** Rewrites a vault's key slots as the first release wrote them (docs/vault-format.md, "Version 1 files"), each kind under its secret. */
export async function rewriteAsVersion1(vaultDir: string, slots: [kind: string, secret: string][]): Promise<void> {
  const path = join(vaultDir, 'key-slots.json');
  const current = JSON.parse(readFileSync(path, 'utf8'));
  const dataKey = (await dataKeyFromDocs(readFileSync(path, 'utf8'), { passphrase: passphrases.treasurer }))!;
  const v1Slot = async (kind: string, secret: string) => {
    const salt = randomBytes(16);
    const nonce = randomBytes(12);
    const kek = await argon2.hash(secret, { type: argon2.argon2id, raw: true, hashLength: 32, salt, memoryCost: 65536, timeCost: 3, parallelism: 4 });
    const cipher = createCipheriv('aes-256-gcm', kek, nonce);
    cipher.setAAD(Buffer.from(`mutual-ledger/key-slots/v1/${current.vaultId}/${kind}`));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
    return {
      kind,
      updatedAt: current.createdAt,
      kdf: { algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 4, salt: salt.toString('base64') },
      wrap: { algorithm: 'aes-256-gcm', nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64') },
    };
  };
  const v1 = {
    format: current.format,
    version: 1,
    vaultId: current.vaultId,
    createdAt: current.createdAt,
    ledger: current.ledger,
    slots: await Promise.all(slots.map(([kind, secret]) => v1Slot(kind, secret))),
  };
  writeFileSync(path, JSON.stringify(v1));
}
