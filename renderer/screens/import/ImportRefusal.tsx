import type { TreasuryError } from '../../../shared/errors.ts';
import { useWords } from '../../language/words.tsx';

/** Refusals whose own words already say that nothing was imported. */
const saysNothingImported = new Set(['import.refusedForProblems', 'import.changedSincePreview']);

/**
 * A refusal of the core about the statement, announced, as the ledger's refusals are: the reason, its
 * hints as a list a person can scan (the problem lines), and that nothing was written.
 */
export function ImportRefusal({ id, error }: { id: string; error: TreasuryError | null }) {
  const words = useWords();
  if (error === null) return null;
  const hints = (error.hints ?? []).map((hint) => words.say(hint));
  return (
    <div id={id} className="alert" role="alert">
      <p>
        {words.say(error.reason)}
        {saysNothingImported.has(error.reason.key) ? null : ` ${words.words('importScreen.nothingWritten')}`}
      </p>
      {hints.length > 0 ? (
        <ul>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
