import { useCallback, useEffect, useState } from 'react';
import { TreasuryError } from '../shared/errors.ts';
import { asTreasuryError } from './failure.ts';

export interface Loaded<T> {
  /** The latest value, or null until the first load finishes. */
  value: T | null;
  error: TreasuryError | null;
  /** Reads again (after a change); the old value stays on screen meanwhile. */
  reload: () => Promise<void>;
}

/**
 * Reads something from the core when the screen appears, and again on request. If the vault locked
 * meanwhile, the screen goes back to unlocking instead of showing the error.
 */
export function useLoaded<T>(read: () => Promise<T>, onLocked: () => void): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);

  const settle = useCallback(
    (outcome: T | TreasuryError) => {
      if (!(outcome instanceof TreasuryError)) {
        setValue(outcome);
        setError(null);
      } else if (outcome.code === 'VAULT_LOCKED') onLocked();
      else setError(outcome);
    },
    [onLocked],
  );

  useEffect(() => {
    let current = true;
    void read().then(
      (next) => {
        if (current) settle(next);
      },
      (caught: unknown) => {
        if (current) settle(asTreasuryError(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [read, settle]);

  const reload = useCallback(() => read().then(settle, (caught: unknown) => settle(asTreasuryError(caught))), [read, settle]);
  return { value, error, reload };
}
