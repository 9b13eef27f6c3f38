import { describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../shared/contract/index.ts';
import { errorCodes, TreasuryError } from '../../shared/errors.ts';
import { say } from '../../shared/messages/message.ts';
import type { Result } from '../../shared/result.ts';
import { bridgeCall, createTreasuryBridge, createTreasuryClient, type Call } from '../../shared/treasuryBridge.ts';

// Every front door reaches the core through these: the same method names, the input as given (an
// empty object when left out), and an error that arrives with its code, message, wait and hints.

describe('errors as they cross to the screens and the CLI', () => {
  it('keeps the codes scripts match on (codes are only ever added)', () => {
    expect(errorCodes).toEqual([
      'INVALID_INPUT',
      'UNKNOWN_METHOD',
      'VAULT_NOT_FOUND',
      'VAULT_ALREADY_EXISTS',
      'VAULT_UNREADABLE',
      'VAULT_TOO_NEW',
      'VAULT_BUSY',
      'KEYS_CHANGED',
      'CONFIRMATION_REQUIRED',
      'VAULT_LOCKED',
      'WRONG_SECRET',
      'UNLOCK_BACKOFF',
      'WEAK_PASSPHRASE',
      'TOTP_INVALID',
      'TOTP_NOT_PENDING',
      'TOTP_ALREADY_ENROLLED',
      'TOTP_NOT_ENROLLED',
      'NOT_PERMITTED',
      'NOT_FOUND',
      'NAME_TAKEN',
      'INVALID_ENTRY',
      'ACCOUNT_UNAVAILABLE',
      'FUND_TOO_LOW',
      'ALREADY_REVERSED',
      'TOTAL_TOO_LARGE',
      'WORK_CANCELLED',
      'HANDOVER_DOES_NOT_OPEN',
      'HANDOVER_DAMAGED',
      'SUMMARY_NOT_VERIFIED',
      'BACKUP_DAMAGED',
      'INTERNAL',
    ]);
  });

  it('carries the wait and the hints only when there are some, and comes back the same', () => {
    const plain = new TreasuryError('NOT_FOUND', say('common.internal'));
    expect(plain).toBeInstanceOf(Error);
    expect(plain.name).toBe('TreasuryError');
    expect(plain.toPayload()).toStrictEqual({ code: 'NOT_FOUND', reason: say('common.internal') });
    const full = new TreasuryError('UNLOCK_BACKOFF', say('cli.waitBeforeNextTry', { seconds: 4 }), { retryAfterSeconds: 4, hints: [say('common.coreStopped')] });
    expect(full.toPayload()).toStrictEqual({ code: 'UNLOCK_BACKOFF', reason: say('cli.waitBeforeNextTry', { seconds: 4 }), retryAfterSeconds: 4, hints: [say('common.coreStopped')] });
    const back = TreasuryError.fromPayload(full.toPayload());
    expect([back.code, back.reason, back.retryAfterSeconds, back.hints]).toEqual(['UNLOCK_BACKOFF', full.reason, 4, full.hints]);
  });
});

describe('the bridge and the client', () => {
  const calls: Array<[MethodName, unknown]> = [];
  const answerTo = (method: MethodName): Result<unknown> =>
    method === 'ledger.receipt' ? { ok: false, error: { code: 'NOT_FOUND', reason: say('common.internal'), hints: [say('common.coreUnreachable')] } } : { ok: true, value: { method } };
  const call: Call = (method, input) => {
    calls.push([method, input]);
    return Promise.resolve(answerTo(method));
  };

  it('offers every method of the contract, passing its name and input (an empty one when left out)', async () => {
    calls.length = 0;
    const subscribe = () => () => undefined;
    const bridge = createTreasuryBridge(call, subscribe);
    expect(bridge.onEvent).toBe(subscribe);
    const viaBridge = bridgeCall(bridge);
    for (const method of methodNames) expect(await viaBridge(method, { marker: method })).toEqual(answerTo(method));
    expect(calls).toEqual(methodNames.map((method) => [method, { marker: method }]));
    calls.length = 0;
    await bridge.vault.status();
    expect(calls).toEqual([['vault.status', {}]]);
    expect(() => viaBridge('ledger.nothing' as MethodName, {})).toThrow('window.treasury has no ledger.nothing');
  });

  it('the client gives the value, or throws the core’s error with everything it carried', async () => {
    const client = createTreasuryClient(call);
    expect(await client.ledger.head()).toEqual({ method: 'ledger.head' });
    const refused = await client.ledger.receipt({ seq: 9 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TreasuryError);
    expect(refused).toMatchObject({ code: 'NOT_FOUND', reason: say('common.internal'), hints: [say('common.coreUnreachable')] });
  });
});
