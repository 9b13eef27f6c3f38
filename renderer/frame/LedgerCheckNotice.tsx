import { useEffect, useState } from 'react';
import type { Message } from '../../shared/messages/message.ts';
import { quickCheckProblem } from '../../shared/verification.ts';
import { useWords } from '../language/words.tsx';
import { treasury } from '../treasury.ts';

/**
 * The check the app runs on every unlock (the newest entries and the facts chain), said only when it
 * finds something: then the treasurer is sent to the full check, against an anchor written down.
 */
export function LedgerCheckNotice({ onOpenProof }: { onOpenProof: () => void }) {
  const words = useWords();
  const [problem, setProblem] = useState<Message | null>(null);

  useEffect(() => {
    let current = true;
    treasury.ledger.quickCheck().then(
      (result) => {
        if (current) setProblem(quickCheckProblem(result));
      },
      // A locked vault or a closed window: the screens say so themselves.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  if (problem === null) return null;
  return (
    <div className="alert ledger-check" role="alert">
      <p>
        <strong>{words.words('ledger.check.unlockFoundProblem')}</strong> {words.say(problem)}
      </p>
      <p>{words.words('ledger.check.unlockAdvice')}</p>
      <button type="button" onClick={onOpenProof}>
        {words.words('ledger.check.openProof')}
      </button>
    </div>
  );
}
