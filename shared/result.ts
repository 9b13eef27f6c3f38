import type { TreasuryErrorPayload } from './errors.ts';

/** What every call returns across a process boundary: a value, or a typed error. Never a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: TreasuryErrorPayload };
