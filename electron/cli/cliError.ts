import type { Message } from '../../shared/messages/message.ts';

/**
 * `usage`: the command line itself is wrong or incomplete (exit 2).
 * `failure`: the command was understood but could not be done (exit 1).
 */
export type CliErrorKind = 'usage' | 'failure';

/** Machine-readable codes for the CLI's own errors, beside the core's TreasuryError codes. */
export type CliErrorCode = 'USAGE' | 'MISSING_SECRET' | 'FILE_UNREADABLE' | 'CANCELLED' | 'INTERRUPTED' | 'LEDGER_BROKEN';

/** An error raised by the CLI itself (not the core); its kind decides the exit code. */
export class CliError extends Error {
  readonly kind: CliErrorKind;
  readonly code: CliErrorCode;
  readonly reason: Message;

  constructor(kind: CliErrorKind, code: CliErrorCode, reason: Message) {
    // Error.message is for stack traces only: the key and its values; the reason is what a person reads.
    super(`${reason.key}${reason.params === undefined ? '' : ` ${JSON.stringify(reason.params)}`}`);
    this.name = 'CliError';
    this.kind = kind;
    this.code = code;
    this.reason = reason;
  }
}

/** A usage error: the person ran the command the wrong way. */
export function usageError(reason: Message): CliError {
  return new CliError('usage', 'USAGE', reason);
}
