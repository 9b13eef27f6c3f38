import { describe, expect, it } from 'vitest';
import { firstVerificationProblem, quickCheckProblem } from '../../shared/verification.ts';
import { readWrittenHead, readWrittenProof, writtenAnchor, writtenHead } from '../../shared/writtenHead.ts';

// What a treasurer writes on paper and types back later: it must read back exactly, forgive what
// copying by hand changes (spaces, case, a leading #), and refuse anything else rather than guess.
const hash = '3f9a'.repeat(16);

describe('an anchor or a chain head, written down and read back', () => {
  it('writes E:F:HASH and SEQ:HASH, and nothing before the first link', () => {
    expect(writtenAnchor({ entriesSeq: 42, factsSeq: 17, hash })).toBe(`42:17:${hash}`);
    expect(writtenAnchor(null)).toBeUndefined();
    expect(writtenHead({ seq: 42, chainHash: hash })).toBe(`42:${hash}`);
    expect(writtenHead(null)).toBeUndefined();
  });

  it('reads back what it wrote, with spaces, line breaks and capitals from copying by hand', () => {
    expect(readWrittenProof(`42:17:${hash}`)).toEqual({ anchor: { entriesSeq: 42, factsSeq: 17, hash } });
    expect(
      readWrittenProof(
        ` 0 : 1 :\n${hash
          .toUpperCase()
          .match(/.{1,8}/g)
          ?.join(' ')} `,
      ),
    ).toEqual({ anchor: { entriesSeq: 0, factsSeq: 1, hash } });
    expect(readWrittenProof(`42:${hash}`)).toEqual({ head: { seq: 42, chainHash: hash } });
    expect(readWrittenHead(`#7 : ${hash.toUpperCase()}`)).toEqual({ seq: 7, chainHash: hash });
    expect(readWrittenHead(`999999999999999:${hash}`)).toEqual({ seq: 999_999_999_999_999, chainHash: hash });
  });

  it('refuses anything else: a fact number 0, an entry 0, a short or long or non-hex hash, extra parts, 16 digits', () => {
    for (const text of [
      `42:0:${hash}`,
      `0:${hash}`,
      `42:${hash.slice(1)}`,
      `42:${hash}0`,
      `42:${hash.slice(1)}g`,
      `1:2:3:${hash}`,
      `1234567890123456:${hash}`,
      `-1:${hash}`,
      `42;${hash}`,
      `##42:${hash}`,
      '',
    ]) {
      expect(readWrittenProof(text), text).toBeNull();
      expect(readWrittenHead(text), text).toBeNull();
    }
    expect(readWrittenHead(`42:17:${hash}`)).toBeNull();
  });
});

describe('the first problem verify found', () => {
  const intact = {
    ok: true,
    entries: 3,
    anchor: null,
    head: null,
    factsHead: null,
    integrityCheck: 'ok',
    entriesChecked: 3,
    firstBrokenLink: null,
    monthlyTotalsCheck: 'ok',
    factsChecked: 5,
    factsCheck: 'ok',
    headCheck: 'not asked',
  } as const;

  it('is none for an intact ledger, with or without a head asked for', () => {
    expect(firstVerificationProblem(intact)).toBeNull();
    expect(firstVerificationProblem({ ...intact, headCheck: 'ok' })).toBeNull();
  });

  it('names the broken link first, then integrity, facts, the head written down and the totals, in that order', () => {
    const everything = {
      ...intact,
      ok: false,
      firstBrokenLink: { seq: 2, problem: 'its chain hash does not follow from the entry before it' },
      integrityCheck: 'page 4 is never used',
      factsCheck: 'fact #3 is missing',
      headCheck: 'The entries chain ends at #1.',
      monthlyTotalsCheck: 'the monthly totals of account #1 for 2026-11 do not match its entries',
    };
    expect(firstVerificationProblem(everything)).toBe('The ledger is broken at entry #2: its chain hash does not follow from the entry before it');
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null })).toBe('The database fails its integrity check: page 4 is never used');
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null, integrityCheck: 'ok' })).toBe("The ledger's facts are broken: fact #3 is missing.");
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null, integrityCheck: 'ok', factsCheck: 'ok' })).toBe(
      'The ledger does not extend the head written down. The entries chain ends at #1.',
    );
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null, integrityCheck: 'ok', factsCheck: 'ok', headCheck: 'ok' })).toBe(
      'The monthly totals do not match the entries: the monthly totals of account #1 for 2026-11 do not match its entries. The entries themselves are intact.',
    );
    expect(firstVerificationProblem({ ...intact, ok: false })).toBe('The ledger did not verify.');
  });

  it('says what the check at unlock found in the same words: the broken link first, then the facts', () => {
    const whole = { ok: true, entriesChecked: 1_000, firstBrokenLink: null, factsChecked: 12, factsCheck: 'ok' };
    expect(quickCheckProblem(whole)).toBeNull();
    const broken = { ...whole, ok: false, firstBrokenLink: { seq: 7, problem: 'entry #7 is missing' }, factsCheck: 'fact #3 is missing' };
    expect(quickCheckProblem(broken)).toBe('The ledger is broken at entry #7: entry #7 is missing');
    expect(quickCheckProblem({ ...broken, firstBrokenLink: null })).toBe("The ledger's facts are broken: fact #3 is missing.");
    expect(quickCheckProblem({ ...whole, ok: false })).toBe('The ledger did not pass its check.');
  });
});
