// The messages between the Electron main process and the core's utility process, and the main-side
// bookkeeping that pairs each answer with its call. Plain TypeScript, so both ends and the tests share it.
import type { TreasuryEvent } from '../shared/contract/index.ts';
import type { Result } from '../shared/result.ts';
import type { TreasuryOptions } from './core/treasury.ts';
import { TreasuryError } from '../shared/errors.ts';
import { say, type Message } from '../shared/messages/message.ts';

/** What main tells the core when it starts it: plain data, since functions cannot cross the process boundary. */
export type CoreStartOptions = Pick<TreasuryOptions, 'appDataDir' | 'defaultVaultDir' | 'sqliteNativeBinding' | 'scheduleRetention'>;

export type MessageToCore = { type: 'open'; options: CoreStartOptions } | { type: 'call'; id: number; method: string; input: unknown } | { type: 'close' };

export type MessageFromCore = { type: 'result'; id: number; result: Result<unknown> } | { type: 'event'; event: TreasuryEvent };

/** Whether a message from the core has the shape main relies on (the core is ours, but a crash can garble a message). */
export function isMessageFromCore(value: unknown): value is MessageFromCore {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === 'result') return typeof message.id === 'number' && typeof message.result === 'object' && message.result !== null;
  if (message.type === 'event') return typeof message.event === 'object' && message.event !== null;
  return false;
}

/** Main's side of the call relay: numbers each call, and settles it when its answer comes back. */
export interface CoreCalls {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Settles the call a `result` message answers; answers to unknown ids are ignored. */
  settle(message: Extract<MessageFromCore, { type: 'result' }>): void;
  /** Answers every call still waiting with an INTERNAL error (the core stopped); never leaves a screen hanging. */
  abandonAll(reason: Message): void;
}

/** Creates the relay over a function that posts one message to the core. */
export function createCoreCalls(post: (message: MessageToCore) => void): CoreCalls {
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  return {
    call(method, input) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        try {
          post({ type: 'call', id, method, input });
        } catch {
          waiting.delete(id);
          resolve({ ok: false, error: new TreasuryError('INTERNAL', say('common.coreUnreachable')).toPayload() });
        }
      });
    },
    settle(message) {
      const resolve = waiting.get(message.id);
      waiting.delete(message.id);
      resolve?.(message.result);
    },
    abandonAll(reason) {
      const pending = [...waiting.values()];
      waiting.clear();
      for (const resolve of pending) resolve({ ok: false, error: new TreasuryError('INTERNAL', reason).toPayload() });
    },
  };
}
