import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createDispatcher, describeZodError, type Handlers } from '../../electron/core/dispatcher.ts';
import { TreasuryError } from '../../shared/errors.ts';
import { passphrases, startTreasury } from './treasuryFixture.ts';
import { list, say } from '../../shared/messages/message.ts';
import { inputProblem } from '../../shared/messages/inputProblems.ts';

describe('the dispatcher checks every call against the contract', () => {
  it('refuses an unknown method', async () => {
    const { treasury } = startTreasury();
    expect(await treasury.dispatcher.call('vault.explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', reason: say('common.unknownMethod', { method: 'vault.explode' }) },
    });
    expect((await treasury.dispatcher.call('constructor.prototype', {})).ok).toBe(false);
  });

  it('refuses input of the wrong shape with a clear message, and changes nothing', async () => {
    const { treasury, vaultDir } = startTreasury();
    const result = await treasury.dispatcher.call('vault.create', { vaultDir, passphrase: 42 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', reason: say('input.invalid', { problems: list([say('input.field', { field: 'passphrase', problem: say('input.wrongType', { expected: 'string' }) })]) }) },
    });
    expect(await treasury.dispatcher.call('vault.create', { vaultDir, passphrase: passphrases.treasurer, admin: true })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', reason: say('input.invalid', { problems: list([say('input.unknownField', { field: 'admin' })]) }) },
    });
    expect(await treasury.dispatcher.call('vault.status', {})).toMatchObject({ ok: true, value: { state: 'no-vault' } });
  });

  it('refuses methods that need the vault open while it is locked', async () => {
    const { treasury } = startTreasury();
    expect(await treasury.dispatcher.call('totp.beginEnrolment', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});

/** A dispatcher over stand-in handlers: each records that it ran and answers what the test gives it. */
function standInDispatcher(answers: Record<string, (input: unknown) => unknown>, unlocked: boolean) {
  const ran: string[] = [];
  const internal: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, method: string) => (input: unknown) => {
      ran.push(method);
      return (answers[method] ?? (() => ({})))(input);
    },
  });
  return { dispatcher: createDispatcher(handlers, { isUnlocked: () => unlocked, onInternalError: (method) => internal.push(method) }), ran, internal };
}

describe('the dispatcher on its own, over stand-in handlers', () => {
  it('runs a method that needs the vault open only while it is, and one that does not at any time', async () => {
    const locked = standInDispatcher({ 'ledger.earliestDate': () => ({ earliestDate: '2000-01-01' }), 'work.cancel': () => ({ cancelled: false }) }, false);
    expect(await locked.dispatcher.call('ledger.earliestDate', {})).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', reason: say('common.vaultLocked') } });
    expect(await locked.dispatcher.call('work.cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    expect(locked.ran).toEqual(['work.cancel']);
    const open = standInDispatcher({ 'ledger.earliestDate': () => ({ earliestDate: '2000-01-01' }) }, true);
    expect(await open.dispatcher.call('ledger.earliestDate', {})).toEqual({ ok: true, value: { earliestDate: '2000-01-01' } });
  });

  it('refuses a lone surrogate anywhere in the input, in a value, an array, a nested object or a key, before anything runs', async () => {
    const broken = { ok: false, error: { code: 'INVALID_INPUT', reason: say('common.brokenCharacter') } };
    const { dispatcher, ran } = standInDispatcher({}, true);
    for (const input of [{ note: '\uD800' }, { list: ['fine', '\uDC00'] }, { list: ['\uDC00', 'fine'] }, { outer: { inner: 'a\uD83Db' } }, { ['\uD800']: 1 }, '\uDFFF']) {
      expect(await dispatcher.call('work.cancel', input), JSON.stringify(input)).toEqual(broken);
    }
    // Well-formed, a pair included, it goes on to the schema, which refuses the unknown key.
    for (const input of [{ note: '\uD83D\uDE00' }, { list: ['fine', 1, null, true] }, { outer: { inner: 'ok' } }]) {
      const result = await dispatcher.call('work.cancel', input);
      expect(result.ok === false && result.error.code).toBe('INVALID_INPUT');
      expect(result.ok === false && result.error.reason).toEqual(say('input.invalid', { problems: list(Object.keys(input).map((field) => say('input.unknownField', { field }))) }));
    }
    expect(ran).toEqual([]);
  });

  it('names where each problem with the input is, and lists them in one message', () => {
    const parsed = z
      .object({ amount: z.number(inputProblem(say('input.wholeCents'))), nested: z.object({ date: z.string(inputProblem(say('input.dateFormat'))) }) })
      .safeParse({ amount: 'x', nested: { date: 1 } });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(describeZodError(parsed.error)).toEqual(
        say('input.invalid', {
          problems: list([say('input.field', { field: 'amount', problem: say('input.wholeCents') }), say('input.field', { field: 'nested.date', problem: say('input.dateFormat') })]),
        }),
      );
    const root = z.string(inputProblem(say('input.enterCode'))).safeParse(1);
    if (!root.success) expect(describeZodError(root.error)).toEqual(say('input.invalid', { problems: list([say('input.enterCode')]) }));
  });

  it('passes a refusal on as it is, says busy for a lock held elsewhere, and hides anything else as INTERNAL', async () => {
    const refusal = new TreasuryError('NOT_FOUND', say('common.unknownMethod', { method: 'a stand-in refusal' }));
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const { dispatcher, internal } = standInDispatcher(
      {
        'ledger.earliestDate': () => {
          throw refusal;
        },
        'ledger.head': () => {
          throw busy;
        },
        'ledger.balances': () => {
          throw new Error('a bug, with a path /home/someone in it');
        },
        'work.cancel': () => ({ cancelled: 'yes' }),
      },
      true,
    );
    expect(await dispatcher.call('ledger.earliestDate', {})).toEqual({ ok: false, error: refusal.toPayload() });
    expect(await dispatcher.call('ledger.head', {})).toEqual({
      ok: false,
      error: { code: 'VAULT_BUSY', reason: say('common.vaultBusy') },
    });
    const hidden = { ok: false, error: { code: 'INTERNAL', reason: say('common.internal') } };
    expect(await dispatcher.call('ledger.balances', {})).toEqual(hidden);
    // An answer that does not match the contract is a bug too, never passed on.
    expect(await dispatcher.call('work.cancel', {})).toEqual(hidden);
    expect(internal).toEqual(['ledger.balances', 'work.cancel']);
  });
});
