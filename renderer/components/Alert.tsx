import type { TreasuryError } from '../../shared/errors.ts';
import { useWords } from '../language/words.tsx';

/** A failure that belongs to a whole form rather than one field, announced as it appears. */
export function Alert({ error }: { error: TreasuryError | null }) {
  const words = useWords();
  if (error === null) return null;
  const hints = (error.hints ?? []).map((hint) => words.say(hint));
  return (
    <div className="alert" role="alert">
      <p>{words.say(error.reason)}</p>
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
