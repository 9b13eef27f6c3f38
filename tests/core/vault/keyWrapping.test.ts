import argon2 from 'argon2';
import { createCipheriv, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptUnder, deriveAhead, deriveKeyEncryptionKey, discardDerivedAhead, encryptUnder, newDataKey, unwrapDataKey } from '../../../electron/core/vault/keyWrapping.ts';
import { newSlotKeyPair, sealDataKey, unsealDataKey } from '../../../electron/core/vault/slotSealing.ts';

// Small Argon2id parameters: these tests are about the wrapping around it, not its cost.
const quick = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const context = 'mutual-ledger/key-slots/v2/2b1f0c9e-6d8a-4d3e-9a51-0f7d2c3b4a10/treasurer/data-key';

describe('AES-256-GCM under a key, bound to its context', () => {
  const key = randomBytes(32);
  const plaintext = newDataKey();
  const { nonce, ciphertext } = encryptUnder(key, plaintext, context);

  it('opens with the same key, nonce and context', () => {
    expect(ciphertext).toHaveLength(48);
    expect(decryptUnder(key, nonce, ciphertext, context)).toEqual(plaintext);
  });

  it('refuses, without throwing, a wrong key, context, nonce or any flipped byte', () => {
    expect(decryptUnder(randomBytes(32), nonce, ciphertext, context)).toBeUndefined();
    expect(decryptUnder(key, nonce, ciphertext, `${context}x`)).toBeUndefined();
    expect(decryptUnder(key, Buffer.from(nonce).fill(1, 0, 1), ciphertext, context)).toBeUndefined();
    for (const index of [0, 31, 32, 47]) {
      const flipped = Buffer.from(ciphertext);
      flipped[index] = flipped[index]! ^ 1;
      expect(decryptUnder(key, nonce, flipped, context), `byte ${index}`).toBeUndefined();
    }
  });

  it('refuses a ciphertext shorter than its tag and a nonce of the wrong length, without throwing', () => {
    expect(decryptUnder(key, nonce, ciphertext.subarray(0, 15), context)).toBeUndefined();
    expect(decryptUnder(key, nonce, Buffer.alloc(0), context)).toBeUndefined();
    expect(decryptUnder(key, Buffer.concat([nonce, Buffer.alloc(4)]), ciphertext, context)).toBeUndefined();
    expect(decryptUnder(key, nonce.subarray(0, 8), ciphertext, context)).toBeUndefined();
    // Exactly a tag and no data: a valid empty plaintext, not a refusal.
    const empty = encryptUnder(key, Buffer.alloc(0), context);
    expect(empty.ciphertext).toHaveLength(16);
    expect(decryptUnder(key, empty.nonce, empty.ciphertext, context)).toEqual(Buffer.alloc(0));
  });

  // GCM itself accepts other nonce lengths and tags cut to 4 bytes, which weaken it; a file made that
  // way, even under the right key, is refused rather than opened.
  it('refuses a truncated tag and a nonce of another length even when they authenticate', () => {
    const sealedWith = (iv: Buffer, tagLength: number): Buffer => {
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: tagLength });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      return Buffer.concat([cipher.update(Buffer.from('8 bytes!')), cipher.final(), cipher.getAuthTag()]);
    };
    const shortTag = sealedWith(nonce, 4);
    expect(shortTag).toHaveLength(12);
    expect(decryptUnder(key, nonce, shortTag, context)).toBeUndefined();
    const longNonce = randomBytes(16);
    expect(decryptUnder(key, longNonce, sealedWith(longNonce, 16), context)).toBeUndefined();
  });
});

describe('version-1 slots: the data key wrapped under Argon2id(secret)', () => {
  it('unwraps with the right secret and hands back the key-encryption key; a wrong secret or shape gives nothing', async () => {
    const dataKey = newDataKey();
    const salt = randomBytes(16);
    const kek = await deriveKeyEncryptionKey('lantern orbit velvet cascade', salt, quick);
    const { nonce, ciphertext } = encryptUnder(kek, dataKey, context);
    const wrapped = { salt, nonce, ciphertext };

    expect(await unwrapDataKey(wrapped, 'lantern orbit velvet cascade', quick, context)).toEqual({ dataKey, kek });
    expect(await unwrapDataKey(wrapped, 'wrong passphrase here', quick, context)).toBeUndefined();
    expect(await unwrapDataKey(wrapped, 'lantern orbit velvet cascade', quick, `${context}x`)).toBeUndefined();
    expect(await unwrapDataKey({ ...wrapped, ciphertext: ciphertext.subarray(0, 47) }, 'lantern orbit velvet cascade', quick, context)).toBeUndefined();
    expect(await unwrapDataKey({ ...wrapped, ciphertext: Buffer.concat([ciphertext, Buffer.alloc(1)]) }, 'lantern orbit velvet cascade', quick, context)).toBeUndefined();
  });

  it('refuses a slot that authenticates but holds a key of another length', async () => {
    const salt = randomBytes(16);
    const kek = await deriveKeyEncryptionKey('lantern orbit velvet cascade', salt, quick);
    const shortKey = encryptUnder(kek, randomBytes(16), context);
    expect(await unwrapDataKey({ salt, ...shortKey }, 'lantern orbit velvet cascade', quick, context)).toBeUndefined();
  });

  it('normalises the secret to NFC before Argon2id', async () => {
    const salt = randomBytes(16);
    expect(await deriveKeyEncryptionKey('caf\u00e9 lantern', salt, quick)).toEqual(await deriveKeyEncryptionKey('cafe\u0301 lantern', salt, quick));
  });
});

describe('a derivation begun ahead', () => {
  const secret = 'lantern orbit velvet cascade';
  /** Every key Argon2id makes from here on, in order. */
  function keysMade(): Buffer[] {
    const made: Buffer[] = [];
    const real = argon2.hash.bind(argon2);
    vi.spyOn(argon2, 'hash').mockImplementation((async (...args: Parameters<typeof real>) => {
      const key = (await real(...args)) as unknown as Buffer;
      made.push(key);
      return key;
    }) as never);
    return made;
  }
  afterEach(() => vi.restoreAllMocks());

  it('is what the same secret, salt and parameters derive later: taken once, and not zeroed by the clean-up', async () => {
    const salt = randomBytes(16);
    const made = keysMade();
    deriveAhead(secret, salt, quick);
    const taken = await deriveKeyEncryptionKey(secret, salt, quick);
    expect(made).toHaveLength(1);
    expect(taken).toBe(made[0]);
    await discardDerivedAhead();
    expect(taken).not.toEqual(Buffer.alloc(32));
    const again = await deriveKeyEncryptionKey(secret, salt, quick);
    expect(made).toHaveLength(2);
    expect(again).toEqual(taken);
    expect(again).not.toBe(taken);
  });

  it('is not taken by another secret, salt or parameter, each of which runs its own; the clean-up zeroes it', async () => {
    const salt = randomBytes(16);
    const made = keysMade();
    deriveAhead(secret, salt, quick);
    const others = [
      await deriveKeyEncryptionKey(`${secret} `, salt, quick),
      await deriveKeyEncryptionKey(secret, randomBytes(16), quick),
      await deriveKeyEncryptionKey(secret, salt, { ...quick, memoryKiB: quick.memoryKiB * 2 }),
      await deriveKeyEncryptionKey(secret, salt, { ...quick, iterations: quick.iterations + 1 }),
      await deriveKeyEncryptionKey(secret, salt, { ...quick, parallelism: quick.parallelism + 1 }),
    ];
    // Six runs, in the order they finished: the one begun ahead, which none of the others took, and theirs.
    expect(made).toHaveLength(6);
    const [ahead, ...rest] = [...made].sort((a, b) => Number(others.includes(a)) - Number(others.includes(b)));
    expect(rest).toHaveLength(5);
    expect(others.includes(ahead!)).toBe(false);
    expect(ahead).not.toEqual(Buffer.alloc(32));
    await discardDerivedAhead();
    expect(ahead).toEqual(Buffer.alloc(32));
    expect(others.every((key) => !key.equals(Buffer.alloc(32)))).toBe(true);
  });

  it('one that fails (parameters Argon2id refuses) is no unhandled rejection: the derivation asked for sees the failure, and the clean-up passes over another', async () => {
    const refused = { memoryKiB: 1, iterations: 1, parallelism: 1 };
    deriveAhead(secret, randomBytes(16), refused);
    const salt = randomBytes(16);
    deriveAhead(secret, salt, refused);
    await expect(deriveKeyEncryptionKey(secret, salt, refused)).rejects.toThrow();
    await expect(discardDerivedAhead()).resolves.toBeUndefined();
  });

  it('keeps its own copy of the salt: a salt buffer changed afterwards does not change what it matches', async () => {
    const salt = randomBytes(16);
    const original = Buffer.from(salt);
    const made = keysMade();
    deriveAhead(secret, salt, quick);
    salt.fill(0);
    await deriveKeyEncryptionKey(secret, original, quick);
    expect(made).toHaveLength(1);
    await discardDerivedAhead();
  });
});

describe('the data key sealed to a slot key pair', () => {
  it('opens with the slot private key; a seal read back with another ephemeral key is not reopened', () => {
    const pair = newSlotKeyPair();
    const dataKey = newDataKey();
    const { sealed, reopen } = sealDataKey(dataKey, pair.publicKey, context);
    expect(unsealDataKey(sealed, pair.privateKey, pair.publicKey, context)).toEqual(dataKey);
    expect(reopen(sealed)).toEqual(dataKey);
    const other = sealDataKey(dataKey, pair.publicKey, context).sealed;
    expect(reopen({ ...sealed, ephemeralPublicKey: other.ephemeralPublicKey })).toBeUndefined();
    expect(reopen({ ...other })).toBeUndefined();
  });

  it('refuses, without throwing, an ephemeral key of the wrong length or an invalid point', () => {
    const pair = newSlotKeyPair();
    const { sealed } = sealDataKey(newDataKey(), pair.publicKey, context);
    expect(unsealDataKey({ ...sealed, ephemeralPublicKey: sealed.ephemeralPublicKey.subarray(0, 31) }, pair.privateKey, pair.publicKey, context)).toBeUndefined();
    expect(unsealDataKey({ ...sealed, ephemeralPublicKey: Buffer.alloc(32) }, pair.privateKey, pair.publicKey, context)).toBeUndefined();
    expect(unsealDataKey(sealed, newSlotKeyPair().privateKey, pair.publicKey, context)).toBeUndefined();
  });
});
