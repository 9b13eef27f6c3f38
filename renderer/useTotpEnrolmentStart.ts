import { useState } from 'react';
import type { TreasuryError } from '../shared/errors.ts';
import { asTreasuryError } from './failure.ts';
import { treasury } from './treasury.ts';

export type PendingTotpEnrolment = { secret: string; otpauthUri: string };

/** Asks the core for a new TOTP secret to scan; nothing changes in the vault until a code confirms it. */
export function useTotpEnrolmentStart() {
  const [pending, setPending] = useState<PendingTotpEnrolment | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setPending(await treasury.totp.beginEnrolment());
    } catch (caught) {
      setError(asTreasuryError(caught));
    } finally {
      setBusy(false);
    }
  }

  return { pending, error, busy, start, cancel: () => setPending(null) };
}
