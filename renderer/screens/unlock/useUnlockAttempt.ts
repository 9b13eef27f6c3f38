import { useState, type FormEvent } from 'react';
import type { TreasuryError } from '../../../shared/errors.ts';
import { asTreasuryError } from '../../failure.ts';
import type { Countdown } from '../../useCountdown.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';

/**
 * One unlock step's attempt under the backoff: nothing is sent while busy or waiting; a refusal starts
 * the countdown it carries and selects the field for the next try. Focus starts in the field, because
 * typing the secret is the only thing to do on these steps.
 */
export function useUnlockAttempt(countdown: Countdown) {
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useFocusOnMount<HTMLInputElement>();
  const waiting = countdown.secondsLeft > 0;

  function attemptOnSubmit(attempt: () => Promise<void>) {
    return async (event: FormEvent) => {
      event.preventDefault();
      if (busy || waiting) return;
      setBusy(true);
      setError(null);
      try {
        await attempt();
      } catch (caught) {
        const failure = asTreasuryError(caught);
        setError(failure);
        countdown.startCountdown(failure.retryAfterSeconds ?? 0);
        setBusy(false);
        field.current?.select();
      }
    };
  }

  return { error, setError, busy, waiting, field, attemptOnSubmit };
}
