/** Every error the core can return, by code. The message is for people; the code is for programs. */
export const errorCodes = [
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
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An error as it crosses IPC, the page binding and the CLI's --json output. */
export interface TreasuryErrorPayload {
  code: ErrorCode;
  message: string;
  /** Seconds until another unlock attempt is allowed (UNLOCK_BACKOFF). */
  retryAfterSeconds?: number;
  /** Extra lines a screen may list under the message (passphrase suggestions, accounts that could pay instead). */
  hints?: string[];
}

/** The one error type the core throws on purpose; anything else is reported as INTERNAL. */
export class TreasuryError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds: number | undefined;
  readonly hints: string[] | undefined;

  constructor(code: ErrorCode, message: string, extra: { retryAfterSeconds?: number; hints?: string[] } = {}) {
    super(message);
    this.name = 'TreasuryError';
    this.code = code;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.hints = extra.hints;
  }

  /** The plain object that crosses IPC, the page binding and the CLI's --json output. */
  toPayload(): TreasuryErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: this.retryAfterSeconds }),
      ...(this.hints === undefined ? {} : { hints: this.hints }),
    };
  }

  static fromPayload(payload: TreasuryErrorPayload): TreasuryError {
    return new TreasuryError(payload.code, payload.message, payload);
  }
}
