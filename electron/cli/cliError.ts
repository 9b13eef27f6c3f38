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

  constructor(kind: CliErrorKind, code: CliErrorCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.kind = kind;
    this.code = code;
  }
}

/** A usage error: the person ran the command the wrong way. */
export function usageError(message: string): CliError {
  return new CliError('usage', 'USAGE', message);
}
