import { useEffect, useState } from 'react';
import { quickCheckProblem } from '../../shared/verification.ts';
import { treasury } from '../treasury.ts';

/**
 * The check the app runs on every unlock (the newest entries and the facts chain), said only when it
 * finds something: then the treasurer is sent to the full check, against an anchor written down.
 */
export function LedgerCheckNotice({ onOpenProof }: { onOpenProof: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);

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
        <strong>The check at unlock found a problem.</strong> {problem}
      </p>
      <p>Nothing will be changed to hide it. Run the full check against the anchor you wrote down, and keep a copy of the vault folder as it is now.</p>
      <button type="button" onClick={onOpenProof}>
        Open the proof of the ledger
      </button>
    </div>
  );
}
