import type { Message } from './messages/message.ts';

/** Every error the core can return, by code. The code is for programs; the reason (a message) is for people. */
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
  'HANDOVER_DOES_NOT_OPEN',
  'HANDOVER_DAMAGED',
  'SUMMARY_NOT_VERIFIED',
  'BACKUP_DAMAGED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An error as it crosses IPC and the page binding: its code, and its reason and hints as messages, never as sentences. */
export interface TreasuryErrorPayload {
  code: ErrorCode;
  reason: Message;
  /** Seconds until another unlock attempt is allowed (UNLOCK_BACKOFF). */
  retryAfterSeconds?: number;
  /** Extra lines a screen may list under the reason (passphrase suggestions, accounts that could pay instead). */
  hints?: Message[];
}

/** The one error type the core throws on purpose; anything else is reported as INTERNAL. */
export class TreasuryError extends Error {
  readonly code: ErrorCode;
  readonly reason: Message;
  readonly retryAfterSeconds: number | undefined;
  readonly hints: Message[] | undefined;

  constructor(code: ErrorCode, reason: Message, extra: { retryAfterSeconds?: number; hints?: Message[] } = {}) {
    // Error.message is for stack traces and logs only: the key and its values, never shown to a person.
    super(`${reason.key}${reason.params === undefined ? '' : ` ${JSON.stringify(reason.params)}`}`);
    this.name = 'TreasuryError';
    this.code = code;
    this.reason = reason;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.hints = extra.hints;
  }

  /** The plain object that crosses IPC and the page binding. */
  toPayload(): TreasuryErrorPayload {
    return {
      code: this.code,
      reason: this.reason,
      ...(this.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: this.retryAfterSeconds }),
      ...(this.hints === undefined ? {} : { hints: this.hints }),
    };
  }

  static fromPayload(payload: TreasuryErrorPayload): TreasuryError {
    return new TreasuryError(payload.code, payload.reason, payload);
  }
}
