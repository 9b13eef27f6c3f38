import { describe, expect, it } from 'vitest';
import { say } from '../../shared/messages/message.ts';
import { createCoreCalls, isMessageFromCore, type MessageToCore } from '../../electron/coreChannel.ts';
import { countGlueAssertions } from './glueFigure.ts';

countGlueAssertions(import.meta.filename);

describe("main's relay of calls to the core", () => {
  it('pairs each answer with its call, whatever order the answers come in', async () => {
    const posted: MessageToCore[] = [];
    const calls = createCoreCalls((message) => posted.push(message));
    const status = calls.call('vault.status', {});
    const lock = calls.call('vault.lock', { reason: 'manual' });
    expect(posted).toEqual([
      { type: 'call', id: 1, method: 'vault.status', input: {} },
      { type: 'call', id: 2, method: 'vault.lock', input: { reason: 'manual' } },
    ]);

    calls.settle({ type: 'result', id: 2, result: { ok: true, value: {} } });
    calls.settle({ type: 'result', id: 1, result: { ok: true, value: { state: 'locked' } } });
    await expect(lock).resolves.toEqual({ ok: true, value: {} });
    await expect(status).resolves.toEqual({ ok: true, value: { state: 'locked' } });
  });

  it('ignores answers to calls it never made, or already settled', async () => {
    const calls = createCoreCalls(() => undefined);
    const status = calls.call('vault.status', {});
    calls.settle({ type: 'result', id: 99, result: { ok: true, value: 'stray' } });
    calls.settle({ type: 'result', id: 1, result: { ok: true, value: 'first' } });
    calls.settle({ type: 'result', id: 1, result: { ok: true, value: 'second' } });
    await expect(status).resolves.toEqual({ ok: true, value: 'first' });
  });

  it('answers every waiting call with an INTERNAL error when the core stops', async () => {
    const calls = createCoreCalls(() => undefined);
    const first = calls.call('vault.unlock', { passphrase: 'x' });
    const second = calls.call('vault.status', {});
    calls.abandonAll(say('common.coreStopped'));
    const expected = { ok: false, error: { code: 'INTERNAL', reason: say('common.coreStopped') } };
    await expect(first).resolves.toEqual(expected);
    await expect(second).resolves.toEqual(expected);
  });

  it('answers at once with an INTERNAL error when the message cannot be posted', async () => {
    const calls = createCoreCalls(() => {
      throw new Error('process gone');
    });
    const result = await calls.call('vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('messages from the core', () => {
  it('are recognised by shape, and anything else is not', () => {
    expect(isMessageFromCore({ type: 'result', id: 1, result: { ok: true, value: {} } })).toBe(true);
    expect(isMessageFromCore({ type: 'event', event: { name: 'locked', payload: { reason: 'idle' } } })).toBe(true);
    for (const garbage of [null, 'result', 42, {}, { type: 'result', id: '1', result: {} }, { type: 'result', id: 1 }, { type: 'event' }, { type: 'hello' }]) {
      expect(isMessageFromCore(garbage)).toBe(false);
    }
  });
});
