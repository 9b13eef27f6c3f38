import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormed } from '../../../shared/text.ts';
import { canonicalJson, canonicalPairWriter } from '../../../electron/core/ledger/canonicalJson.ts';
import { chainHash, commitEntry, fieldDigest, formatOneContentHash, genesisChainHash } from '../../../electron/core/ledger/entryHash.ts';

// The vectors of docs/ledger-format.md, computed from the page alone by an independent checker
// (Python's json.dumps with ensure_ascii=False and hashlib). If the code stops agreeing with the
// page, every ledger already written stops verifying: keep these when the format gains a version.
const first = {
  accountId: 1,
  amount: 120050,
  category: 'other',
  currency: 'USD',
  date: '2026-11-01',
  fundId: 1,
  kind: 'contribution',
  memo: 'Monthly donors',
  platformTransactionId: null,
  receiptSha256: null,
  recipientCode: null,
  recordedAt: '2026-11-20T12:00:00.000Z',
  reversesSeq: null,
  sign: 1,
  toAccountId: null,
  toFundId: null,
};
const second = { ...first, kind: 'disbursement', amount: 7500, category: 'food', date: '2026-11-02', recipientCode: 'R-7KQ2MX', memo: 'Café “lunch” \n2' };

describe('known answers from docs/ledger-format.md', () => {
  it('writes the canonical JSON the page shows, non-ASCII as UTF-8 and a line break as \\n', () => {
    expect(canonicalJson(first)).toBe(
      '{"accountId":1,"amount":120050,"category":"other","currency":"USD","date":"2026-11-01","fundId":1,"kind":"contribution","memo":"Monthly donors","platformTransactionId":null,"receiptSha256":null,"recipientCode":null,"recordedAt":"2026-11-20T12:00:00.000Z","reversesSeq":null,"sign":1,"toAccountId":null,"toFundId":null}',
    );
    expect(canonicalJson(second)).toContain('"memo":"Café “lunch” \\n2"');
  });

  it('hashes format-1 entries and chains them as the page says', () => {
    const firstContent = formatOneContentHash(first);
    expect(firstContent).toBe('435fa28cf81c361b386cde4d0cca93d45a558773fbecd18441c6925fd1ade976');
    const firstChain = chainHash(genesisChainHash, firstContent, 1);
    expect(firstChain).toBe('f046180ee86bda7aa5022dd6d3ccc10038af1e8a1f948f92eb371c5d92ca3bae');
    const secondContent = formatOneContentHash(second);
    expect(secondContent).toBe('5918d2ee9699602e68ca8fa966d55bf903dcca72b6c755b46f727a09f5b6ab00');
    expect(chainHash(firstChain, secondContent, 2)).toBe('a3c6ce3f8d453c4800575b7a78117210a4c5667490448c7b14071690add23242');
  });

  it('commits to a format-2 entry’s shreddable fields apart, each with its salt, as the page says', () => {
    const salts = ['00112233445566778899aabbccddeeff', 'ffeeddccbbaa99887766554433221100'];
    expect(fieldDigest(salts[0]!, 'memo', second.memo)).toBe('941f4b0c4edbdecef2ae9cbab76936f5ea7a88f66654eb0ae63d98b39e48dfba');
    expect(fieldDigest(salts[1]!, 'recipientCode', second.recipientCode)).toBe('222b455a73fa3a16b91ea1c1acac6aa28fb349bc09ae2bf4c3b7a5879e8cb59b');
    const committed = commitEntry(second, () => salts.shift() ?? '');
    expect(committed.salts).toEqual({ memo: '00112233445566778899aabbccddeeff', recipientCode: 'ffeeddccbbaa99887766554433221100', receipt: null, platformTransactionId: null });
    expect(committed.contentHash).toBe('7dd9d9a509e3ca3f7909da335e137a768ecbcb70c27ef4082206e8b4b791e96a');
  });

  it('hashes and chains a fact as the page says', () => {
    const fact = canonicalJson({ id: 2, name: 'Bail fund', restricted: 1, purpose: null, recordedAt: '2026-11-20T12:00:00.000Z', fact: 'fund-added' });
    expect(fact).toBe('{"fact":"fund-added","id":2,"name":"Bail fund","purpose":null,"recordedAt":"2026-11-20T12:00:00.000Z","restricted":1}');
    const hash = createHash('sha256').update(fact, 'utf8').digest('hex');
    expect(hash).toBe('0a7f84123676ede96e041ac8f279cac6ccfa089f79a8ba0ced0fe02f2417bd16');
    expect(chainHash(genesisChainHash, hash, 1)).toBe('1d772cab4eb33fe63e9fb66e8a66a8d5c8ce68672ba453fcbcb7cedbb008e9fe');
  });
});

describe('the chain link, against SHA-256 over the bytes the page names', () => {
  it('covers the previous hash, the content hash and the entry number as 8 bytes big-endian, past 2^32 too', () => {
    const previous = createHash('sha256').update('previous').digest('hex');
    const content = createHash('sha256').update('content').digest('hex');
    for (const seq of [1, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 40 + 12_345, Number.MAX_SAFE_INTEGER]) {
      const seqBytes = Buffer.alloc(8);
      seqBytes.writeBigUInt64BE(BigInt(seq));
      const expected = createHash('sha256').update(Buffer.from(previous, 'hex')).update(Buffer.from(content, 'hex')).update(seqBytes).digest('hex');
      expect(chainHash(previous, content, seq), String(seq)).toBe(expected);
    }
  });

  it('refuses a link made from anything but two 64-digit hex hashes, whatever the link before it left behind', () => {
    const hash = 'ab'.repeat(32);
    chainHash(hash, hash, 1);
    for (const [previous, content] of [
      ['zz'.repeat(32), hash],
      [hash, 'ab'.repeat(31)],
      [hash, `${'ab'.repeat(31)}zz`],
      ['', hash],
    ]) {
      expect(() => chainHash(previous as string, content as string, 2)).toThrow('A chain link is made of two SHA-256 hashes in hex.');
    }
  });
});

describe('canonical JSON, as the page defines it', () => {
  // The page's definition, written the slow way: keys sorted, each value exactly as JSON.stringify writes it.
  const byThePage = (content: Record<string, string | number | boolean | null>): string =>
    `{${Object.keys(content)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${JSON.stringify(content[key])}`)
      .join(',')}}`;
  const value = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }).filter(isWellFormed),
    fc.integer(),
    fc.maxSafeInteger(),
    fc.constantFrom(-0, 2 ** 53, -(2 ** 53), 1e21, 0.1, Number.NaN, Number.POSITIVE_INFINITY),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );

  it('writes every value as JSON.stringify does, whatever the keys and values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), (content) => {
        expect(canonicalJson(content)).toBe(byThePage(content));
      }),
    );
  });

  it('writes an object given in two parts as the one object they make, and refuses parts that share a key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value), fc.dictionary(fc.string(), value), (one, two) => {
        fc.pre(Object.keys(one).every((key) => !(key in two)));
        expect(canonicalPairWriter(Object.keys(one), Object.keys(two))(one, two)).toBe(byThePage({ ...one, ...two }));
      }),
    );
    expect(() => canonicalPairWriter(['memo', 'date'], ['memo'])).toThrow();
  });
});
