import { TreasuryError } from '../shared/errors.ts';
import { say } from '../shared/messages/message.ts';

/** Any failure from a call as a TreasuryError, so screens only ever show the core's plain-words messages. */
export function asTreasuryError(error: unknown): TreasuryError {
  if (error instanceof TreasuryError) return error;
  return new TreasuryError('INTERNAL', say('common.internal'));
}
