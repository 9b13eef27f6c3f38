import { useState, type FormEvent } from 'react';
import type { TreasuryError } from '../../../shared/errors.ts';
import { asTreasuryError } from '../../failure.ts';
import type { Countdown } from '../../useCountdown.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';

/**
 * One unlock step's attempt under the backoff: nothing is sent while busy or waiting; a refusal starts
 * the countdown it carries and selects the field for the next try. Focus starts in the field, because
 * typing the secret is the only thing to do on these steps.
 *
 * With `forgetTyped` (the passphrase or recovery code), what was typed is dropped from the screen's
 * state as soon as the call returns, whether it unlocked or not: on a refusal the field is left empty
 * and focused for the next try, the reason under it.
 */
export function useUnlockAttempt(countdown: Countdown, forgetTyped?: () => void) {
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
        if (forgetTyped === undefined) field.current?.select();
        else field.current?.focus();
      } finally {
        if (forgetTyped !== undefined) {
          // The input itself too: on success the form goes away in the same render, so React would never
          // write the empty state into it, and the element can outlive the form, kept by the browser,
          // with what was typed in its value, in React's tracker of that value and in the value
          // attribute React keeps in step with it.
          const input = field.current;
          if (input !== null) {
            input.value = '';
            input.defaultValue = '';
          }
          forgetTyped();
        }
      }
    };
  }

  return { error, setError, busy, waiting, field, attemptOnSubmit };
}
