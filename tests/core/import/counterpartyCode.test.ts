// A counterparty becomes a recipient code by a keyed hash under a key that exists only inside the
// vault: the same person keeps one code, however the platform spells them, and another vault makes
// another code of the same name. Synthetic names only.
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counterpartyCoder } from '../../../electron/core/import/counterpartyCode.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { openEmptyLedger } from '../ledger/bareLedger.ts';

describe('a counterparty’s recipient code', () => {
  it('is the same for the same person however the name is spaced, cased or composed, and names no one', () => {
    const { db } = openEmptyLedger('mutual-ledger-counterparty-');
    const code = counterpartyCoder(db);
    const avery = code('Avery Example');
    expect(avery).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{8}$/);
    for (const spelling of ['  avery   example ', 'AVERY EXAMPLE', 'Avery\u00a0Example']) expect(code(spelling)).toBe(avery);
    expect(code('Zoë Sample')).toBe(code('Zoe\u0308 Sample'));
    expect(code('Avery Examples')).not.toBe(avery);
    closeLedger(db);
  });

  it('is HMAC-SHA-256 of the folded name under the vault’s own key, its first 40 bits in Crockford base 32', () => {
    const { db } = openEmptyLedger('mutual-ledger-counterparty-');
    const key = db.prepare('SELECT secret FROM counterparty_key').pluck().get() as Buffer;
    const digest = createHmac('sha256', key).update('jordan sample').digest();
    const bits = BigInt(`0x${digest.subarray(0, 5).toString('hex')}`);
    const expected = Array.from({ length: 8 }, (_, index) => '0123456789ABCDEFGHJKMNPQRSTVWXYZ'[Number((bits >> BigInt(35 - index * 5)) & 31n)]).join('');
    expect(counterpartyCoder(db)('Jordan Sample')).toBe(`R-${expected}`);
    closeLedger(db);
  });

  it('differs from one vault to another, stays the same when the vault is opened again, and its key cannot be changed', () => {
    const first = openEmptyLedger('mutual-ledger-counterparty-');
    const second = openEmptyLedger('mutual-ledger-counterparty-');
    const before = counterpartyCoder(first.db)('Casey Nobody');
    expect(counterpartyCoder(second.db)('Casey Nobody')).not.toBe(before);
    expect(() => first.db.prepare('UPDATE counterparty_key SET secret = randomblob(32)').run()).toThrow(/never changed/);
    closeLedger(first.db);
    closeLedger(second.db);
    const reopened = openLedger(join(first.folder, 'ledger.sqlite'), first.key);
    expect(counterpartyCoder(reopened)('Casey Nobody')).toBe(before);
    closeLedger(reopened);
  });
});
