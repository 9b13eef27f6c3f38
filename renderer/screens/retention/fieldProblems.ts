import type { TreasuryError } from '../../../shared/errors.ts';
import type { Message } from '../../../shared/messages/message.ts';

/**
 * The problems of a refused input (INVALID_INPUT) by the field they are in, so each shows under its
 * own field: the core says them as a list of "field: problem" messages (see the dispatcher).
 */
export function fieldProblems(error: TreasuryError | null): Partial<Record<string, Message>> {
  if (error?.code !== 'INVALID_INPUT' || error.reason.key !== 'input.invalid') return {};
  const problems = (error.reason.params as { problems?: { list?: readonly unknown[] } } | undefined)?.problems?.list ?? [];
  const found: Partial<Record<string, Message>> = {};
  for (const problem of problems) {
    const message = problem as Message;
    if (message.key !== 'input.field') continue;
    const { field, problem: what } = message.params as { field: string; problem: Message };
    found[field] ??= what;
  }
  return found;
}
