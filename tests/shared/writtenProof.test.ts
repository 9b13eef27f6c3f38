import { describe, expect, it } from 'vitest';
import { say } from '../../shared/messages/message.ts';
import { translatorFor } from '../../shared/messages/translator.ts';
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
  const passed = say('ledger.check.ok');
  const intact = {
    ok: true,
    entries: 3,
    anchor: null,
    head: null,
    factsHead: null,
    integrityCheck: passed,
    entriesChecked: 3,
    firstBrokenLink: null,
    monthlyTotalsCheck: passed,
    factsChecked: 5,
    factsCheck: passed,
    headCheck: say('ledger.check.notAsked'),
  };

  it('is none for an intact ledger, with or without a head asked for', () => {
    expect(firstVerificationProblem(intact)).toBeNull();
    expect(firstVerificationProblem({ ...intact, headCheck: passed })).toBeNull();
  });

  it('names the broken link first, then integrity, facts, the head written down and the totals, in that order', () => {
    const brokenLink = say('ledger.check.entryLinkBroken');
    const integrity = say('ledger.check.sqliteReport', { report: 'page 4 is never used' });
    const facts = say('ledger.check.factMissing', { seq: 3 });
    const head = say('ledger.check.chainCutOff', { chain: 'entries', end: say('ledger.check.chainEnd', { seq: 1 }), seq: 2 });
    const totals = say('ledger.check.monthlyTotalsDiffer', { accountId: 1, month: '2026-11' });
    const everything = {
      ...intact,
      ok: false,
      firstBrokenLink: { seq: 2, problem: brokenLink },
      integrityCheck: integrity,
      factsCheck: facts,
      headCheck: head,
      monthlyTotalsCheck: totals,
    };
    expect(firstVerificationProblem(everything)).toEqual(say('ledger.check.brokenAt', { seq: 2, problem: brokenLink }));
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null })).toEqual(say('ledger.check.integrityFailed', { finding: integrity }));
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null, integrityCheck: passed })).toEqual(say('ledger.check.factsBroken', { finding: facts }));
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null, integrityCheck: passed, factsCheck: passed })).toEqual(say('ledger.check.headNotExtended', { finding: head }));
    expect(firstVerificationProblem({ ...everything, firstBrokenLink: null, integrityCheck: passed, factsCheck: passed, headCheck: passed })).toEqual(
      say('ledger.check.monthlyTotalsWrong', { finding: totals }),
    );
    expect(firstVerificationProblem({ ...intact, ok: false })).toEqual(say('ledger.check.notVerified'));
  });

  it('says what the check at unlock found in the same words: the broken link first, then the facts', () => {
    const whole = { ok: true, entriesChecked: 1_000, firstBrokenLink: null, factsChecked: 12, factsCheck: passed };
    expect(quickCheckProblem(whole)).toBeNull();
    const missing = say('ledger.check.entryMissing', { seq: 7 });
    const facts = say('ledger.check.factMissing', { seq: 3 });
    const broken = { ...whole, ok: false, firstBrokenLink: { seq: 7, problem: missing }, factsCheck: facts };
    expect(quickCheckProblem(broken)).toEqual(say('ledger.check.brokenAt', { seq: 7, problem: missing }));
    expect(quickCheckProblem({ ...broken, firstBrokenLink: null })).toEqual(say('ledger.check.factsBroken', { finding: facts }));
    expect(quickCheckProblem({ ...whole, ok: false })).toEqual(say('ledger.check.quickNotPassed'));
  });

  it('reads in words as the screens and the CLI show it', () => {
    const problem = quickCheckProblem({
      ok: false,
      entriesChecked: 0,
      firstBrokenLink: null,
      factsChecked: 2,
      factsCheck: say('ledger.check.atFact', { seq: 3, problem: say('ledger.check.factMissing', { seq: 2 }) }),
    });
    expect(problem === null ? null : translatorFor('en').say(problem)).toBe('The ledger’s facts are broken: fact #3: fact #2 is missing.');
    expect(problem === null ? null : translatorFor('es').say(problem)).toBe('Los hechos del libro están rotos: hecho #3: falta el hecho #2.');
  });
});
