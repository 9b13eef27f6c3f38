import { useState } from 'react';
import type { TreasuryError } from '../shared/errors.ts';
import { asTreasuryError } from './failure.ts';

/**
 * Runs one change on the open vault, tracking busy and error. If the vault locked meanwhile (idle, sleep),
 * the error is not shown: the screen goes back to unlocking instead.
 */
export function useVaultAction(onLocked: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<TreasuryError | null>(null);

  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      const failure = asTreasuryError(caught);
      if (failure.code === 'VAULT_LOCKED') onLocked();
      else setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run, clearError: () => setError(null) };
}
