import type { ReactNode } from 'react';
import { checkPassed, firstVerificationProblem } from '../../shared/verification.ts';
import type { Message } from '../../shared/messages/message.ts';
import { useWords } from '../language/words.tsx';
import type { Verification } from '../useLedgerVerify.ts';

interface LedgerVerdictProps {
  result: Verification | null;
  /** Why there is no result: the check was stopped. */
  stopped: Message | null;
  /** What to do when the ledger is not intact, under the verdict (a button to the proof of the ledger). */
  children?: ReactNode;
}

/**
 * What the full check of the ledger found, in words: everything checks out, or the first thing wrong
 * and what to do about it. A polite live region, so a screen reader hears the verdict once.
 */
export function LedgerVerdict({ result, stopped, children }: LedgerVerdictProps) {
  const words = useWords();
  const problem = result === null ? null : firstVerificationProblem(result);
  return (
    <>
      <div role="status" className="ledger-verdict">
        {result === null ? (
          stopped === null ? null : (
            <p>{words.say(stopped)}</p>
          )
        ) : problem === null ? (
          // Said in words first; the colour (red when the ledger is not intact) only repeats it.
          <p className="saved">{words.words('ledger.check.intact', { entries: result.entriesChecked, facts: result.factsChecked, anchored: checkPassed(result.headCheck) ? 'yes' : 'no' })}</p>
        ) : (
          <>
            <p className="field-error">{words.words('ledger.check.notIntact', { problem })}</p>
            <p>{words.words('ledger.check.whatToDo')}</p>
          </>
        )}
      </div>
      {problem === null ? null : children}
    </>
  );
}
