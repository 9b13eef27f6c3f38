import { findMethod, type MethodName, type ParsedInput, type Output } from '../../shared/contract/index.ts';
import { TreasuryError } from '../../shared/errors.ts';
import type { Result } from '../../shared/result.ts';
import { isWellFormed } from '../../shared/text.ts';
import { isBusy } from './vault/vaultBusy.ts';
import type * as z from 'zod';
import { list, say, type Message } from '../../shared/messages/message.ts';
import { problemsOf } from '../../shared/messages/inputProblems.ts';

/** One function per contract method; each receives the parsed input. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Promise<Output<M>> | Output<M> };

export interface DispatcherHooks {
  /** Whether `unlocked` methods may run now. */
  isUnlocked(): boolean;
  /** Unexpected failures: logged by the front door, never shown raw to the person. */
  onInternalError(method: string, error: unknown): void;
}

/** The one place a call from any front door is checked against the contract and run. */
export interface Dispatcher {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

/** What INVALID_INPUT says: every problem of the input, each with its field. */
export function describeZodError(error: z.ZodError): Message {
  return say('input.invalid', { problems: list(problemsOf(error)) });
}

export function createDispatcher(handlers: Handlers, hooks: DispatcherHooks): Dispatcher {
  // Calls run one at a time, in arrival order: two unlocks racing over one vault must not interleave.
  // Long work (a method with `work`) is the exception: it yields between slices (see longWork.ts).
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (method: string, rawInput: unknown): Promise<Result<unknown>> => {
    const definition = findMethod(method);
    if (definition === undefined) {
      return failure(new TreasuryError('UNKNOWN_METHOD', say('common.unknownMethod', { method })));
    }
    if (!holdsOnlyWellFormedText(rawInput)) {
      return failure(new TreasuryError('INVALID_INPUT', say('common.brokenCharacter')));
    }
    const parsed = definition.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return failure(new TreasuryError('INVALID_INPUT', describeZodError(parsed.error)));
    }
    if (definition.access === 'unlocked' && !hooks.isUnlocked()) {
      return failure(new TreasuryError('VAULT_LOCKED', say('common.vaultLocked')));
    }
    try {
      const handler = handlers[method as MethodName] as (input: unknown) => unknown;
      const value = definition.output.parse(await handler(parsed.data));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof TreasuryError) return failure(error);
      if (isBusy(error)) return failure(new TreasuryError('VAULT_BUSY', say('common.vaultBusy')));
      hooks.onInternalError(method, error);
      return failure(new TreasuryError('INTERNAL', say('common.internal')));
    }
  };
  return {
    call(method, rawInput) {
      const result = queue.then(() => run(method, rawInput));
      // Long work starts in its turn but does not hold the queue: the calls after it run between its slices.
      if (findMethod(method)?.work === undefined) queue = result;
      return result;
    },
  };
}

/**
 * Every string of every call must be well-formed Unicode: SQLite would store a lone surrogate as
 * U+FFFD, and the entry would no longer match its own hash. Checked here once, for every method.
 */
function holdsOnlyWellFormedText(value: unknown): boolean {
  if (typeof value === 'string') return isWellFormed(value);
  if (Array.isArray(value)) return value.every(holdsOnlyWellFormedText);
  if (value !== null && typeof value === 'object') return Object.entries(value).every(([key, inner]) => isWellFormed(key) && holdsOnlyWellFormedText(inner));
  return true;
}

function failure(error: TreasuryError): Result<never> {
  return { ok: false, error: error.toPayload() };
}
