import { useState } from 'react';
import type { Input, Output } from '../shared/contract/index.ts';
import { TreasuryError } from '../shared/errors.ts';
import type { Message } from '../shared/messages/message.ts';
import { treasury } from './treasury.ts';
import { useVaultAction } from './useVaultAction.ts';
import { useWorkProgress } from './useWorkProgress.ts';

export type Verification = Output<'ledger.verify'>;

/**
 * The full check of the ledger (work 'verify'), wherever a screen offers it: its progress from the
 * core's events, its result, and a stop said as a stop (no failure). The screen draws the bar and the
 * verdict from what this gives.
 */
export function useLedgerVerify(onLocked: () => void) {
  const action = useVaultAction(onLocked);
  const [result, setResult] = useState<Verification | null>(null);
  const [stopped, setStopped] = useState<Message | null>(null);
  const { progress, reset } = useWorkProgress('verify');

  /** Runs the check; the result, or null when it was stopped or failed (the error is kept). */
  async function verify(input: Input<'ledger.verify'>): Promise<Verification | null> {
    setResult(null);
    setStopped(null);
    reset();
    let verified: Verification | null = null;
    await action.run(async () => {
      try {
        verified = await treasury.ledger.verify(input);
        setResult(verified);
      } catch (error) {
        // Stopped on purpose is no failure: say so where the verdict goes.
        if (error instanceof TreasuryError && error.code === 'WORK_CANCELLED') setStopped(error.reason);
        else throw error;
      } finally {
        reset();
      }
    });
    return verified;
  }

  return { verify, busy: action.busy, error: action.error, progress, result, stopped, stop: () => void treasury.work.cancel() };
}
