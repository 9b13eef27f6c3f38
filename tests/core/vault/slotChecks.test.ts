import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeySlotFile, KeySlotFileV2, LegacySlot, SealedSlot } from '../../../electron/core/vault/keySlotFile.ts';
import { keptSlot, makeSlot, openSlot, openSlotWithSecret, resealSlot, slotListIsAuthentic, slotListMac, upgradeSlot, withSlot } from '../../../electron/core/vault/keySlots.ts';
import { deriveKeyEncryptionKey, encryptUnder, newDataKey, newSalt } from '../../../electron/core/vault/keyWrapping.ts';

// What one key slot does (keySlots.ts), without a vault: open with its secret, and the checks a slot
// about to be written makes on the copy read back from the disk before it replaces anything. The
// Argon2id cost here is the lowest (the file's reader refuses it; these slots are never written).
const quick = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const now = new Date('2026-11-30T12:00:00.000Z');
const vaultId = randomUUID();
const dataKey = newDataKey();

describe('a key slot', () => {
  it('opens with its secret to the data key, and not with another secret, in another vault or as another kind', async () => {
    const { slot } = await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick);
    expect(slot).toMatchObject({ kind: 'treasurer', updatedAt: now.toISOString(), kdf: { algorithm: 'argon2id', ...quick } });
    expect(await openSlot(vaultId, slot, 'synthetic secret one')).toEqual(dataKey);
    expect(await openSlotWithSecret(vaultId, slot, 'synthetic secret one')).toEqual({ kind: 'treasurer', dataKey });
    expect(await openSlot(vaultId, slot, 'synthetic secret two')).toBeUndefined();
    expect(await openSlot(randomUUID(), slot, 'synthetic secret one')).toBeUndefined();
    expect(await openSlot(vaultId, { ...slot, kind: 'co-treasurer' }, 'synthetic secret one')).toBeUndefined();
  });

  it('does not open when its public key is not its private key’s, or its data key was sealed to another slot', async () => {
    const { slot } = await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick);
    const { slot: other } = await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick);
    expect(await openSlot(vaultId, { ...slot, publicKey: other.publicKey }, 'synthetic secret one')).toBeUndefined();
    expect(await openSlotWithSecret(vaultId, { ...slot, dataKey: other.dataKey }, 'synthetic secret one')).toBeUndefined();
  });

  it('a version-1 slot opens to its data key and hands back the key-encryption key its secret gave, to upgrade it', async () => {
    const salt = newSalt();
    const kek = await deriveKeyEncryptionKey('synthetic recovery', salt, quick);
    // The data key wrapped directly under the key-encryption key, as docs/vault-format.md says of version 1.
    const wrap = encryptUnder(kek, dataKey, `mutual-ledger/key-slots/v1/${vaultId}/recovery`);
    const b64 = (bytes: Buffer) => bytes.toString('base64');
    const version1: LegacySlot = {
      kind: 'recovery',
      updatedAt: now.toISOString(),
      kdf: { algorithm: 'argon2id', ...quick, salt: b64(salt) },
      wrap: { algorithm: 'aes-256-gcm', nonce: b64(wrap.nonce), ciphertext: b64(wrap.ciphertext) },
    };
    expect(await openSlotWithSecret(vaultId, version1, 'synthetic recovery')).toEqual({ kind: 'recovery', dataKey, legacyKek: kek });
    expect(await openSlotWithSecret(vaultId, version1, 'synthetic secret one')).toBeUndefined();
    expect(await openSlot(vaultId, version1, 'synthetic recovery')).toEqual(dataKey);
    const upgraded = upgradeSlot(vaultId, version1, Buffer.from(kek), dataKey, now);
    expect(upgraded.slot).toMatchObject({ kind: 'recovery', updatedAt: now.toISOString(), kdf: version1.kdf });
    expect(await openSlot(vaultId, upgraded.slot, 'synthetic recovery')).toEqual(dataKey);
    expect(upgraded.opensTo(upgraded.slot, dataKey)).toBe(true);
  });
});

describe('the check of a new slot read back from the disk', () => {
  it('passes the slot as made and the data key it holds, and nothing else', async () => {
    const prepared = await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick);
    const { slot: other } = await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick);
    const { slot: otherKind } = await makeSlot(vaultId, 'co-treasurer', dataKey, 'synthetic secret one', now, quick);
    const slot = prepared.slot;
    expect(prepared.opensTo(structuredClone(slot), dataKey)).toBe(true);
    const changed: [what: string, readBack: SealedSlot | LegacySlot, key: Buffer][] = [
      ['another data key expected', slot, newDataKey()],
      ['a data key of another length expected', slot, dataKey.subarray(0, 16)],
      ['another kind', { ...slot, kind: 'recovery' }, dataKey],
      ['another salt', { ...slot, kdf: { ...slot.kdf, salt: newSalt().toString('base64') } }, dataKey],
      ['another public key', { ...slot, publicKey: other.publicKey }, dataKey],
      ['another wrapped private key', { ...slot, privateKey: other.privateKey }, dataKey],
      ['a data key sealed to another slot', { ...slot, dataKey: other.dataKey }, dataKey],
      ['a data key sealed for another kind', { ...slot, dataKey: otherKind.dataKey }, dataKey],
      ['a version-1 slot', { kind: slot.kind, updatedAt: slot.updatedAt, kdf: slot.kdf, wrap: slot.privateKey }, dataKey],
    ];
    for (const [what, readBack, key] of changed) expect([what, prepared.opensTo(readBack, key)]).toEqual([what, false]);
  });

  it('once disposed, zeroes the key-encryption key it was given and opens nothing', async () => {
    const kek = Buffer.alloc(32, 7);
    const { slot: made } = await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick);
    const version1: LegacySlot = { kind: 'treasurer', updatedAt: now.toISOString(), kdf: made.kdf, wrap: made.privateKey };
    const upgraded = upgradeSlot(vaultId, version1, kek, dataKey, now);
    upgraded.dispose();
    expect(kek.equals(Buffer.alloc(32))).toBe(true);
    expect(upgraded.opensTo(upgraded.slot, dataKey)).toBe(false);
  });

  it('a slot resealed to a new data key keeps everything else, and its check passes only that', async () => {
    const { slot } = await makeSlot(vaultId, 'recovery', dataKey, 'synthetic recovery', now, quick);
    const newKey = newDataKey();
    const resealed = resealSlot(vaultId, slot, newKey);
    expect({ ...resealed.slot, dataKey: null }).toEqual({ ...slot, dataKey: null });
    expect(resealed.slot.dataKey).not.toEqual(slot.dataKey);
    expect(await openSlot(vaultId, resealed.slot, 'synthetic recovery')).toEqual(newKey);
    expect(resealed.opensTo(structuredClone(resealed.slot), newKey)).toBe(true);
    expect(resealed.opensTo(resealed.slot, dataKey)).toBe(false);
    expect(resealed.opensTo({ ...resealed.slot, updatedAt: '2026-12-01T00:00:00.000Z' }, newKey)).toBe(false);
    expect(resealed.opensTo({ ...resealed.slot, dataKey: slot.dataKey }, newKey)).toBe(false);
    expect(resealed.opensTo({ kind: slot.kind, updatedAt: slot.updatedAt, kdf: slot.kdf, wrap: slot.privateKey }, newKey)).toBe(false);
  });

  it('a slot kept as it was passes only if read back the same, byte for byte', async () => {
    const { slot } = await makeSlot(vaultId, 'recovery', dataKey, 'synthetic recovery', now, quick);
    const kept = keptSlot(slot);
    expect(kept.slot).toBe(slot);
    expect(kept.opensTo(structuredClone(slot))).toBe(true);
    expect(kept.opensTo({ ...slot, updatedAt: '2026-12-01T00:00:00.000Z' })).toBe(false);
  });
});

describe('the list of slots', () => {
  it('is authenticated by the data key: a slot swapped in, renamed, or moved to another vault is seen', async () => {
    const treasurer = (await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick)).slot;
    const recovery = (await makeSlot(vaultId, 'recovery', dataKey, 'synthetic recovery', now, quick)).slot;
    const intruder = (await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret two', now, quick)).slot;
    const file = (slots: SealedSlot[], id = vaultId): KeySlotFileV2 => ({
      format: 'mutual-ledger/key-slots',
      version: 2,
      vaultId: id,
      createdAt: now.toISOString(),
      ledger: { file: 'ledger.sqlite', cipher: 'sqlcipher', cipherVersion: 4 },
      slots,
      slotListMac: slotListMac(vaultId, [treasurer, recovery], dataKey),
    });
    expect(slotListIsAuthentic(file([treasurer, recovery]), dataKey)).toBe(true);
    expect(slotListIsAuthentic(file([intruder, recovery]), dataKey)).toBe(false);
    expect(slotListIsAuthentic(file([{ ...treasurer, kind: 'co-treasurer' }, recovery]), dataKey)).toBe(false);
    expect(slotListIsAuthentic(file([treasurer]), dataKey)).toBe(false);
    expect(slotListIsAuthentic(file([treasurer, recovery], randomUUID()), dataKey)).toBe(false);
    expect(slotListIsAuthentic(file([treasurer, recovery]), newDataKey())).toBe(false);
    // The list names each sealed slot by its kind and public key only: its secret can change without a new list.
    expect(slotListMac(vaultId, [{ ...treasurer, kdf: { ...treasurer.kdf, salt: newSalt().toString('base64') } }, recovery], dataKey)).toBe(file([]).slotListMac);
  });

  it('is the HMAC docs/vault-format.md describes (a known answer computed apart from the app)', () => {
    const fixedVault = '00000000-0000-4000-8000-000000000000';
    const listed = (kind: 'treasurer' | 'recovery', byte: number) => ({ kind, publicKey: Buffer.alloc(32, byte).toString('base64') }) as SealedSlot;
    const fixedKey = Buffer.from(Array.from({ length: 32 }, (_, index) => index));
    expect(slotListMac(fixedVault, [listed('treasurer', 0x11), listed('recovery', 0x22)], fixedKey)).toBe('+3v8RQkIxXrgly8qTxz/UQtpjJXUOsEctPO8sKFaL1E=');
  });

  it('leaves version-1 slots out of the list, and a version-1 file has no list to check', async () => {
    const treasurer = (await makeSlot(vaultId, 'treasurer', dataKey, 'synthetic secret one', now, quick)).slot;
    const version1: LegacySlot = { kind: 'recovery', updatedAt: now.toISOString(), kdf: treasurer.kdf, wrap: treasurer.privateKey };
    expect(slotListMac(vaultId, [treasurer, version1], dataKey)).toBe(slotListMac(vaultId, [treasurer], dataKey));
    const file: KeySlotFile = {
      format: 'mutual-ledger/key-slots',
      version: 1,
      vaultId,
      createdAt: now.toISOString(),
      ledger: { file: 'ledger.sqlite', cipher: 'sqlcipher', cipherVersion: 4 },
      slots: [version1],
    };
    expect(slotListIsAuthentic(file, newDataKey())).toBe(true);
  });

  it('keeps one slot of each kind, the treasurer first, then the co-treasurer, then the recovery code', () => {
    const slot = (kind: 'treasurer' | 'co-treasurer' | 'recovery', mark: number) => ({ kind, mark });
    expect(withSlot([slot('recovery', 1), slot('treasurer', 1)], slot('co-treasurer', 1))).toEqual([slot('treasurer', 1), slot('co-treasurer', 1), slot('recovery', 1)]);
    expect(withSlot([slot('treasurer', 1), slot('co-treasurer', 1), slot('recovery', 1)], slot('co-treasurer', 2))).toEqual([slot('treasurer', 1), slot('co-treasurer', 2), slot('recovery', 1)]);
    expect(withSlot([slot('co-treasurer', 1), slot('recovery', 1)], slot('treasurer', 2))).toEqual([slot('treasurer', 2), slot('co-treasurer', 1), slot('recovery', 1)]);
  });
});
