import { describe, expect, it } from 'vitest';
import { describeZodError } from '../../electron/core/dispatcher.ts';
import { contract, eventSchemas, findMethod, methodNames, type MethodName } from '../../shared/contract/index.ts';
import { inputProblem, problemOf } from '../../shared/messages/inputProblems.ts';
import { list, say, type ListParam, type Message } from '../../shared/messages/message.ts';
import { translatorFor } from '../../shared/messages/translator.ts';
import { largestAmount } from '../../shared/money.ts';
import * as z from 'zod';
import { contractExamples } from './contractExamples.ts';

// The contract is the one boundary every front door crosses: what it refuses, and the message it
// refuses with, are what a treasurer reads. These tests read the schemas directly, so a limit or a
// message changed by mistake fails here, before any vault is made.

/** What the core answers a call with this input: the parsed input, or the message INVALID_INPUT carries. */
function answer(method: MethodName, input: unknown): { ok: unknown } | { refused: Message } {
  const parsed = findMethod(method)!.input.safeParse(input);
  return parsed.success ? { ok: parsed.data } : { refused: describeZodError(parsed.error) };
}

const refusedWith = (method: MethodName, input: unknown): Message => {
  const result = answer(method, input);
  if ('ok' in result) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
  return result.refused;
};
const acceptedAs = (method: MethodName, input: unknown): unknown => {
  const result = answer(method, input);
  if ('refused' in result) throw new Error(`${method} refused ${JSON.stringify(input)}: ${translatorFor('en').say(result.refused)}`);
  return result.ok;
};

/** INVALID_INPUT's message for one problem in one field. */
const inField = (field: string, problem: Message): Message => say('input.invalid', { problems: list([say('input.field', { field, problem })]) });
/** INVALID_INPUT's message for fields the method does not have. */
const unknownFields = (...fields: string[]): Message => say('input.invalid', { problems: list(fields.map((field) => say('input.unknownField', { field }))) });

const record = contractExamples['ledger.record'].input;
const disbursement = { kind: 'disbursement', date: '2026-11-20', amount: 500, accountId: 1 };
const account = contractExamples['accounts.add'].input;
const head = { seq: 1, chainHash: 'a'.repeat(64) };

describe('the contract', () => {
  it('has an example call for every method, and each input and answer fits its schema exactly', () => {
    expect(Object.keys(contractExamples).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) {
      const { input, output } = contractExamples[name];
      expect(answer(name, input), name).toHaveProperty('ok');
      // Nothing in a real answer is dropped or changed on its way out.
      expect(findMethod(name)!.output.parse(output), name).toEqual(output);
    }
  });

  it('answers these methods while the vault is locked, and only these', () => {
    const always = methodNames.filter((name) => findMethod(name)!.access === 'always');
    expect(always).toEqual([
      'settings.language',
      'settings.chooseLanguage',
      'vault.status',
      'vault.select',
      'vault.assessPassphrase',
      'vault.create',
      'vault.unlock',
      'vault.confirmTotp',
      'vault.lock',
      'vault.reportActivity',
      'handover.identity',
      'handover.keptIdentity',
      'handover.describeRecipient',
      'handover.receive',
      'audit.verify',
      'audit.pdf',
      'backup.restore',
      'work.cancel',
    ]);
    expect(methodNames.every((name) => ['always', 'unlocked'].includes(findMethod(name)!.access))).toBe(true);
  });

  it('runs only verify and retention beside the queue, and names their progress and an import’s after them', () => {
    expect(methodNames.filter((name) => findMethod(name)!.work !== undefined).map((name) => [name, findMethod(name)!.work])).toEqual([
      ['ledger.verify', 'verify'],
      ['retention.apply', 'retention'],
    ]);
    expect(eventSchemas.progress.parse({ work: 'verify', step: 'entries', done: 10_000, total: 1_000_000 })).toEqual({ work: 'verify', step: 'entries', done: 10_000, total: 1_000_000 });
    expect(eventSchemas.progress.parse({ work: 'import', step: 'writing', done: 5_000, total: 99_327 })).toEqual({ work: 'import', step: 'writing', done: 5_000, total: 99_327 });
    for (const wrong of [
      { work: 'payroll', step: 'entries', done: 0, total: 0 },
      { work: 'verify', step: 'reading', done: 0, total: 0 },
      { work: 'verify', step: 'entries', done: -1, total: 0 },
      { work: 'verify', step: 'entries', done: 0.5, total: 1 },
    ]) {
      expect(eventSchemas.progress.safeParse(wrong).success, JSON.stringify(wrong)).toBe(false);
    }
  });

  it('describes every method in a sentence (the CLI and the docs show it)', () => {
    for (const [namespace, methods] of Object.entries(contract)) {
      for (const [key, definition] of Object.entries(methods)) {
        expect(definition.summary, `${namespace}.${key}`).toMatch(/^[A-Z].{14,}\.$/);
      }
    }
  });

  it('finds a method by its full name only', () => {
    expect(findMethod('ledger.record')).toBe(contract.ledger.record);
    for (const name of ['ledger', 'ledger.', '.record', 'ledger.record.extra', 'ledger.toString', 'constructor.name', '__proto__.x', 'ledger.nope']) {
      expect(findMethod(name), name).toBeUndefined();
    }
  });

  it('answers with every value its enumerations name', () => {
    const status = contractExamples['vault.status'].output;
    for (const state of ['no-vault', 'locked', 'awaiting-totp', 'unlocked'] as const) expect(contract.vault.status.output.parse({ ...status, state })).toMatchObject({ state });
    for (const state of ['unlocked', 'awaiting-totp'] as const) expect(contract.vault.unlock.output.parse({ state })).toEqual({ state });
    const entry = contractExamples['ledger.record'].output;
    for (const direction of ['in', 'out'] as const) expect(contract.ledger.record.output.parse({ ...entry, direction })).toMatchObject({ direction });
    const account = contractExamples['accounts.add'].output;
    for (const holder of ['organisation', 'member'] as const) expect(contract.accounts.add.output.parse({ ...account, holder })).toMatchObject({ holder });
    expect(acceptedAs('ledger.record', { ...disbursement, kind: 'adjustment', direction: 'out' })).toMatchObject({ direction: 'out' });
    expect(acceptedAs('accounts.add', { ...contractExamples['accounts.add'].input, holder: 'organisation' })).toMatchObject({ holder: 'organisation' });
  });

  it('never answers with a total past what a number holds exactly', () => {
    const balances = contractExamples['ledger.balances'].output;
    const unsafe = { ...balances, currencies: [{ currency: 'USD', amount: 2 ** 53 }] };
    expect(contract.ledger.balances.output.safeParse(unsafe).error?.issues[0]?.path).toEqual(['currencies', 0, 'amount']);
    expect(contract.ledger.balances.output.parse({ ...balances, currencies: [{ currency: 'USD', amount: -(2 ** 53 - 1) }] })).toBeDefined();
  });

  it('tells the screens the vault locked, and why', () => {
    expect(eventSchemas.locked.parse({ reason: 'idle' })).toEqual({ reason: 'idle' });
    expect(eventSchemas.locked.safeParse({ reason: 'nap' }).success).toBe(false);
  });

  it('refuses an input field it does not know', () => {
    expect(refusedWith('ledger.record', { ...record, amonut: 5 })).toEqual(unknownFields('amonut'));
    expect(refusedWith('vault.status', { extra: true, more: 1 })).toEqual(unknownFields('extra', 'more'));
    expect(refusedWith('ledger.verify', { expectHead: { ...head, extra: true } })).toEqual(unknownFields('expectHead.extra'));
  });
});

describe('dates', () => {
  it.each([
    ['2026-1-1', inField('earliestDate', say('input.dateFormat'))],
    ['20261101', inField('earliestDate', say('input.dateFormat'))],
    ['12026-01-01', inField('earliestDate', say('input.dateFormat'))],
    ['2026-01-011', inField('earliestDate', say('input.dateFormat'))],
    ['2026-01-00', inField('earliestDate', say('input.noSuchDay'))],
    ['2026-11-01T00:00:00Z', inField('earliestDate', say('input.dateFormat'))],
    ['2026-02-30', inField('earliestDate', say('input.noSuchDay'))],
    ['2026-13-01', inField('earliestDate', say('input.noSuchDay'))],
    ['2026-00-10', inField('earliestDate', say('input.noSuchDay'))],
    ['2026-04-31', inField('earliestDate', say('input.noSuchDay'))],
    ['1900-02-29', inField('earliestDate', say('input.noSuchDay'))],
  ])('refuses %s', (date, message) => {
    expect(refusedWith('ledger.setEarliestDate', { earliestDate: date })).toEqual(message);
  });

  it.each(['2024-02-29', '2000-02-29', '0000-02-29', '2026-12-31', '9999-12-31'])('takes %s (year 0 was a leap year: years below 100 are not read as 19xx)', (date) => {
    expect(acceptedAs('ledger.setEarliestDate', { earliestDate: date })).toEqual({ earliestDate: date });
  });
});

describe('amounts', () => {
  it('takes whole positive amounts up to the largest one entry may hold', () => {
    expect(acceptedAs('ledger.record', { ...disbursement, amount: 1 })).toMatchObject({ amount: 1 });
    expect(acceptedAs('ledger.record', { ...disbursement, amount: largestAmount })).toMatchObject({ amount: largestAmount });
  });

  it.each([
    [0, inField('amount', say('input.amountNotPositive'))],
    [-1, inField('amount', say('input.amountNotPositive'))],
    [1.5, inField('amount', say('input.wholeCents'))],
    [largestAmount + 1, inField('amount', say('input.amountTooLarge', { largest: largestAmount }))],
  ])('refuses %s', (amount, message) => {
    expect(refusedWith('ledger.record', { ...disbursement, amount })).toEqual(message);
  });

  it('a statement balance may be below zero, within the same largest amount', () => {
    expect(acceptedAs('accounts.reconcile', { accountId: 1, date: '2026-11-30', statementBalance: -largestAmount })).toMatchObject({ statementBalance: -largestAmount });
    expect(acceptedAs('accounts.reconcile', { accountId: 1, date: '2026-11-30', statementBalance: 0 })).toMatchObject({ statementBalance: 0 });
    expect(refusedWith('accounts.previewReconciliation', { accountId: 1, date: '2026-11-30', statementBalance: -largestAmount - 1 })).toEqual(
      inField('statementBalance', say('input.amountTooLarge', { largest: largestAmount })),
    );
  });

  it('refuses an account, fund or entry number that is not a whole number from 1', () => {
    for (const accountId of [0, -1, 1.5]) expect(refusedWith('ledger.record', { ...disbursement, accountId }), String(accountId)).toEqual(inField('accountId', expect.anything()));
    expect(refusedWith('ledger.reverse', { seq: 0 })).toEqual(inField('seq', expect.anything()));
    expect(refusedWith('ledger.receipt', { seq: 2.5 })).toEqual(inField('seq', expect.anything()));
  });
});

describe('text', () => {
  it('keeps a memo as written, in NFC and trimmed, up to 200 characters counted as people count them', () => {
    expect(acceptedAs('ledger.record', { ...disbursement, memo: '  Cafe\u0301 for the pantry \u202e ' })).toMatchObject({ memo: 'Café for the pantry \u202e' });
    expect(acceptedAs('ledger.record', { ...disbursement, memo: '🏠'.repeat(200) })).toMatchObject({ memo: '🏠'.repeat(200) });
    expect(refusedWith('ledger.record', { ...disbursement, memo: '🏠'.repeat(201) })).toEqual(inField('memo', say('input.tooLong', { maximum: 200 })));
    expect(refusedWith('ledger.record', { ...disbursement, memo: 'a\u0000b' })).toEqual(inField('memo', say('input.nulCharacter')));
    // One reason at a time: the first rule broken, not every one.
    expect(refusedWith('ledger.record', { ...disbursement, memo: `${'x'.repeat(200)}\u0000` })).toEqual(inField('memo', say('input.tooLong', { maximum: 200 })));
  });

  it('a search for a memo holds at most 100 characters', () => {
    expect(acceptedAs('ledger.summarise', { memoContains: 'x'.repeat(100) })).toEqual({ memoContains: 'x'.repeat(100) });
    expect(refusedWith('ledger.summarise', { memoContains: 'x'.repeat(101) })).toEqual(inField('memoContains', say('input.tooLong', { maximum: 100 })));
  });

  it('names an account with plain text: not empty, no hidden characters, not a bare number, at most 60 characters', () => {
    expect(acceptedAs('accounts.add', { ...account, name: '  Credit   union ' })).toMatchObject({ name: 'Credit union' });
    expect(acceptedAs('accounts.add', { ...account, name: 'x'.repeat(60) })).toMatchObject({ name: 'x'.repeat(60) });
    expect(refusedWith('accounts.add', { ...account, name: 'x'.repeat(61) })).toEqual(inField('name', say('input.tooLong', { maximum: 60 })));
    expect(refusedWith('accounts.add', { ...account, name: '   ' })).toEqual(inField('name', say('input.nameAccount')));
    expect(refusedWith('accounts.add', { ...account, name: 'Bank\u202eknab' })).toEqual(inField('name', say('input.hiddenCharacter', { found: 'U+202E' })));
    expect(refusedWith('accounts.add', { ...account, name: '\u0301Bank' })).toEqual(inField('name', say('input.nameStartsWithMark')));
    expect(refusedWith('accounts.add', { ...account, name: '\u200b' })).toEqual(inField('name', say('input.hiddenCharacter', { found: 'U+200B' })));
    expect(refusedWith('accounts.add', { ...account, name: `${'x'.repeat(61)}\u200b` })).toEqual(inField('name', say('input.tooLong', { maximum: 60 })));
    // A mark with no precomposed letter stays a mark after NFC: inside a name it is fine.
    expect(acceptedAs('accounts.add', { ...account, name: 'Box\u0301' })).toMatchObject({ name: 'Box\u0301' });
    expect(refusedWith('accounts.add', { ...account, name: '2024' })).toEqual(inField('name', say('input.nameIsNumber')));
    expect(refusedWith('funds.add', { name: '', restricted: false })).toEqual(inField('name', say('input.nameFund')));
  });

  it('a handle is at most 32 plain characters; a fund’s purpose and a status reason are free text of 200', () => {
    expect(acceptedAs('accounts.add', { ...account, handle: 'x'.repeat(32) })).toMatchObject({ handle: 'x'.repeat(32) });
    expect(refusedWith('accounts.add', { ...account, handle: 'x'.repeat(33) })).toEqual(inField('handle', say('input.tooLong', { maximum: 32 })));
    expect(refusedWith('accounts.add', { ...account, handle: '48\u200b21' })).toEqual(inField('handle', say('input.hiddenCharacter', { found: 'U+200B' })));
    expect(refusedWith('funds.add', { name: 'Bail fund', restricted: true, purpose: 'x'.repeat(201) })).toEqual(inField('purpose', say('input.tooLong', { maximum: 200 })));
    const status = { accountId: 2, status: 'frozen', date: '2026-11-02' };
    expect(refusedWith('accounts.setStatus', { ...status, reason: '  ' })).toEqual(inField('reason', say('input.sayWhy')));
    expect(refusedWith('accounts.setStatus', { ...status, reason: 'x'.repeat(201) })).toEqual(inField('reason', say('input.tooLong', { maximum: 200 })));
    expect(refusedWith('accounts.setStatus', { ...status, status: 'paused', reason: 'x' })).toEqual(inField('status', expect.anything()));
  });

  it('a currency is three capital letters', () => {
    for (const currency of ['usd', 'US', 'USDX', 'U$D']) expect(refusedWith('accounts.add', { ...account, currency }), currency).toEqual(inField('currency', say('input.currencyCode')));
  });

  it('a category is folded, and holds letters, numbers, spaces and dashes, at most 40', () => {
    expect(acceptedAs('categories.add', { name: '  CAFE\u0301-Run 2 ' })).toEqual({ name: 'café-run 2' });
    expect(acceptedAs('ledger.summarise', { category: 'Food' })).toEqual({ category: 'food' });
    expect(refusedWith('categories.add', { name: ' ' })).toEqual(inField('name', say('input.nameCategory')));
    expect(refusedWith('categories.add', { name: 'food!' })).toEqual(inField('name', say('input.categoryCharacters')));
    expect(refusedWith('categories.add', { name: '-food' })).toEqual(inField('name', say('input.categoryCharacters')));
    expect(refusedWith('categories.add', { name: 'x'.repeat(41) })).toEqual(inField('name', say('input.tooLong', { maximum: 40 })));
  });

  it('a recipient code is 2 to 32 letters, digits or dashes, read in capitals', () => {
    expect(acceptedAs('ledger.record', { ...disbursement, recipientCode: ' r-7kq2mx ' })).toMatchObject({ recipientCode: 'R-7KQ2MX' });
    expect(acceptedAs('ledger.record', { ...disbursement, recipientCode: 'R'.repeat(32) })).toMatchObject({ recipientCode: 'R'.repeat(32) });
    const message = inField('recipientCode', say('input.recipientCode'));
    for (const code of ['R', 'R'.repeat(33), '-R7', 'Ana María']) expect(refusedWith('ledger.record', { ...disbursement, recipientCode: code }), code).toEqual(message);
    expect(acceptedAs('ledger.list', { recipientCode: ' r-7k ' })).toMatchObject({ recipientCode: 'R-7K' });
    expect(refusedWith('ledger.list', { recipientCode: 'R'.repeat(33) })).toEqual(inField('recipientCode', expect.anything()));
  });
});

describe('receipts', () => {
  const receipt = (mediaType: string, length: number) => ({ ...disbursement, receipt: { mediaType, dataBase64: 'A'.repeat(length) } });
  const largest = Math.ceil((5 * 1024 * 1024) / 3) * 4;

  it('takes a PNG, JPEG, WebP or PDF of up to 5 MiB', () => {
    for (const mediaType of ['image/png', 'image/jpeg', 'image/webp', 'application/pdf']) expect(answer('ledger.record', receipt(mediaType, 8)), mediaType).toHaveProperty('ok');
    expect(answer('ledger.record', receipt('image/png', largest))).toHaveProperty('ok');
  });

  it('refuses another kind of file, and a larger one', () => {
    expect(refusedWith('ledger.record', receipt('image/gif', 8))).toEqual(inField('receipt.mediaType', say('input.receiptKind')));
    expect(refusedWith('ledger.record', receipt('image/png', largest + 1))).toEqual(inField('receipt.dataBase64', say('input.receiptTooLarge')));
  });
});

describe('listing', () => {
  it('a window starts at 0 and holds 100 entries unless asked, at most 1000', () => {
    expect(acceptedAs('ledger.list', {})).toEqual({ offset: 0, limit: 100 });
    expect(acceptedAs('ledger.list', { limit: 1 })).toEqual({ offset: 0, limit: 1 });
    for (const limit of [0, 1001, 2.5]) expect(refusedWith('ledger.list', { limit }), String(limit)).toEqual(inField('limit', expect.anything()));
    expect(refusedWith('ledger.list', { offset: -1 })).toEqual(inField('offset', expect.anything()));
  });

  it('a filter takes one kind of entry', () => {
    expect(acceptedAs('ledger.summarise', { kind: 'fee' })).toEqual({ kind: 'fee' });
    expect(refusedWith('ledger.summarise', { kind: 'gift' })).toEqual(inField('kind', expect.anything()));
  });
});

describe('heads and anchors written down before', () => {
  it('a head is a number from 1 and 64 lowercase hexadecimal digits', () => {
    expect(acceptedAs('ledger.verify', { expectHead: head })).toEqual({ expectHead: head });
    expect(refusedWith('ledger.verify', { expectHead: { ...head, chainHash: 'A'.repeat(64) } })).toEqual(inField('expectHead.chainHash', say('input.chainHash')));
    expect(refusedWith('ledger.verify', { expectFactsHead: { ...head, chainHash: 'a'.repeat(63) } })).toEqual(inField('expectFactsHead.chainHash', say('input.chainHash')));
    expect(refusedWith('ledger.verify', { expectHead: { ...head, seq: 0 } })).toEqual(inField('expectHead.seq', expect.anything()));
    for (const chainHash of ['a'.repeat(65), `x${'a'.repeat(64)}`])
      expect(refusedWith('ledger.verify', { expectHead: { ...head, chainHash } })).toEqual(inField('expectHead.chainHash', say('input.chainHash')));
  });

  it('an anchor may cover no entries yet, never no facts', () => {
    const anchor = { entriesSeq: 0, factsSeq: 1, hash: 'b'.repeat(64) };
    expect(acceptedAs('ledger.verify', { expectAnchor: anchor })).toEqual({ expectAnchor: anchor });
    expect(refusedWith('ledger.verify', { expectAnchor: { ...anchor, factsSeq: 0 } })).toEqual(inField('expectAnchor.factsSeq', expect.anything()));
    expect(refusedWith('ledger.verify', { expectAnchor: { ...anchor, entriesSeq: -1 } })).toEqual(inField('expectAnchor.entriesSeq', expect.anything()));
    expect(refusedWith('ledger.verify', { expectAnchor: { ...anchor, hash: 'b'.repeat(65) } })).toEqual(inField('expectAnchor.hash', say('input.anchorHash')));
  });
});

describe('the vault', () => {
  it('a folder and a passphrase must be given, within their limits', () => {
    expect(refusedWith('vault.select', { vaultDir: '   ' })).toEqual(inField('vaultDir', say('input.chooseVaultFolder')));
    expect(acceptedAs('vault.select', { vaultDir: ' /tmp/v ' })).toEqual({ vaultDir: '/tmp/v' });
    expect(refusedWith('vault.create', { vaultDir: '/tmp/v', passphrase: '' })).toEqual(inField('passphrase', say('input.enterPassphrase')));
    expect(refusedWith('vault.create', { vaultDir: 'x'.repeat(4097), passphrase: 'p' })).toEqual(inField('vaultDir', expect.anything()));
    expect(answer('vault.create', { vaultDir: 'x'.repeat(4096), passphrase: 'p'.repeat(1024) })).toHaveProperty('ok');
    expect(refusedWith('vault.create', { vaultDir: '/tmp/v', passphrase: 'p'.repeat(1025) })).toEqual(inField('passphrase', expect.anything()));
    expect(refusedWith('vault.assessPassphrase', { passphrase: 'p'.repeat(1025) })).toEqual(inField('passphrase', expect.anything()));
    expect(acceptedAs('vault.assessPassphrase', { passphrase: '' })).toEqual({ passphrase: '' });
  });

  it('unlocks with a passphrase or a recovery code, never both, never an empty one', () => {
    expect(acceptedAs('vault.unlock', { passphrase: 'p' })).toEqual({ passphrase: 'p' });
    expect(answer('vault.unlock', { passphrase: 'p', recoveryCode: 'r' })).toHaveProperty('refused');
    expect(refusedWith('vault.unlock', { recoveryCode: '' })).toEqual(inField('recoveryCode', say('input.enterRecoveryCode')));
    expect(answer('vault.unlock', { recoveryCode: 'r'.repeat(201) })).toHaveProperty('refused');
    expect(refusedWith('vault.rekey', { confirmWith: { recoveryCode: '' } })).toEqual(inField('confirmWith.recoveryCode', say('input.enterRecoveryCode')));
    expect(answer('vault.rekey', { confirmWith: { recoveryCode: 'r'.repeat(200) } })).toHaveProperty('ok');
    expect(answer('vault.rekey', { confirmWith: { recoveryCode: 'r'.repeat(201) } })).toHaveProperty('refused');
  });

  it('a code at the gate or at enrolment is given, at most 32 characters', () => {
    expect(refusedWith('vault.confirmTotp', { code: ' ' })).toEqual(inField('code', say('input.enterCode')));
    expect(acceptedAs('vault.confirmTotp', { code: ' 123 456 ' })).toEqual({ code: '123 456' });
    expect(refusedWith('vault.confirmTotp', { code: '1'.repeat(33) })).toEqual(inField('code', expect.anything()));
    expect(refusedWith('totp.confirmEnrolment', { code: '' })).toEqual(inField('code', say('input.enterSixDigitCode')));
    expect(acceptedAs('totp.confirmEnrolment', { code: ' 123456 ' })).toEqual({ code: '123456' });
    expect(refusedWith('totp.confirmEnrolment', { code: '1'.repeat(33) })).toEqual(inField('code', expect.anything()));
  });

  it('locks for a known reason, by hand unless told', () => {
    expect(acceptedAs('vault.lock', {})).toEqual({ reason: 'manual' });
    for (const reason of ['manual', 'idle', 'suspend', 'screen-lock', 'shutdown']) expect(acceptedAs('vault.lock', { reason })).toEqual({ reason });
    expect(refusedWith('vault.lock', { reason: 'nap' })).toEqual(inField('reason', expect.anything()));
  });

  it('auto-locks after 10 seconds to 24 hours', () => {
    for (const seconds of [10, 86_400]) expect(acceptedAs('vault.setAutoLock', { seconds }), String(seconds)).toEqual({ seconds });
    expect(refusedWith('vault.setAutoLock', { seconds: 9 })).toEqual(inField('seconds', say('input.autoLockTooShort', { minimum: 10 })));
    expect(refusedWith('vault.setAutoLock', { seconds: 86_401 })).toEqual(inField('seconds', say('input.autoLockTooLong')));
  });

  it('a key-slot copy needs somewhere to go', () => {
    expect(refusedWith('vault.backupKeySlots', { path: '  ' })).toEqual(inField('path', say('input.chooseCopyPath')));
    expect(refusedWith('vault.backupKeySlots', { path: 'x'.repeat(4097) })).toEqual(inField('path', expect.anything()));
  });

  it('warns about concentration from 1 to 100 percent', () => {
    for (const percent of [1, 100]) expect(acceptedAs('accounts.setConcentrationThreshold', { percent })).toEqual({ percent });
    for (const percent of [0, 101]) expect(refusedWith('accounts.setConcentrationThreshold', { percent })).toEqual(inField('percent', say('input.percentage')));
  });
});

describe('what a refusal says', () => {
  it('names each check zod makes on its own with a message of ours, never zod’s English', () => {
    expect(refusedWith('vault.create', { vaultDir: '/tmp/v', passphrase: 42 })).toEqual(inField('passphrase', say('input.wrongType', { expected: 'string' })));
    expect(refusedWith('ledger.reverse', {})).toEqual(inField('seq', say('input.wrongType', { expected: 'number' })));
    expect(refusedWith('ledger.receipt', { seq: 2.5 })).toEqual(inField('seq', say('input.wrongType', { expected: 'int' })));
    expect(refusedWith('ledger.reverse', { seq: 0 })).toEqual(inField('seq', say('input.moreThan', { minimum: 0 })));
    expect(refusedWith('ledger.list', { limit: 0 })).toEqual(inField('limit', say('input.atLeast', { minimum: 1 })));
    expect(refusedWith('ledger.list', { limit: 1001 })).toEqual(inField('limit', say('input.atMost', { maximum: 1000 })));
    expect(refusedWith('vault.create', { vaultDir: 'x'.repeat(4097), passphrase: 'p' })).toEqual(inField('vaultDir', say('input.tooLong', { maximum: 4096 })));
    expect(refusedWith('vault.lock', { reason: 'nap' })).toEqual(inField('reason', say('input.notOneOf', { count: 5, choices: list(['manual', 'idle', 'suspend', 'screen-lock', 'shutdown']) })));
  });

  it('lists every problem of an input, each in its field', () => {
    const refused = refusedWith('vault.create', { vaultDir: ' ', passphrase: '' });
    expect(((refused.params as { problems: ListParam }).problems.list as Message[]).map((problem) => problem.params)).toEqual([
      { field: 'vaultDir', problem: say('input.chooseVaultFolder') },
      { field: 'passphrase', problem: say('input.enterPassphrase') },
    ]);
  });

  it('reads in either language', () => {
    const refused = refusedWith('ledger.setEarliestDate', { earliestDate: '2026-1-1' });
    expect(translatorFor('en').say(refused)).toBe('earliestDate: Write the date as YYYY-MM-DD.');
    expect(translatorFor('es').say(refused)).toBe('earliestDate: Escriba la fecha como AAAA-MM-DD.');
    expect(translatorFor('es').say(refusedWith('ledger.record', { ...disbursement, amount: largestAmount + 1 }))).toBe(
      'amount: Un monto puede ser como máximo de 1.000.000.000.000 unidades menores (centavos).',
    );
    expect(translatorFor('en').say(refusedWith('vault.setAutoLock', { seconds: 9 }))).toBe('seconds: Auto-lock must be at least 10 seconds.');
  });

  it('gives a form or a flag the problem of one value, without a field', () => {
    const schema = z.string().regex(/^x$/, inputProblem(say('input.recipientCode')));
    expect(problemOf(schema.safeParse('y').error!)).toEqual(say('input.recipientCode'));
    expect(problemOf(z.number().safeParse('y').error!)).toEqual(say('input.wrongType', { expected: 'number' }));
    expect(
      problemOf(
        z
          .number()
          .refine(() => false)
          .safeParse(1).error!,
      ),
    ).toEqual(say('input.notAccepted'));
  });
});
