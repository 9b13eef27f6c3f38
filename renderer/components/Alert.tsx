import type { TreasuryError } from '../../shared/errors.ts';
import { useWords } from '../language/words.tsx';

interface AlertProps {
  error: TreasuryError | null;
  /** For a control that names the alert as what describes it. */
  id?: string;
  /** A sentence said after the reason, such as that nothing was written. */
  afterword?: string;
}

/** A failure that belongs to a whole form rather than one field, announced as it appears: the reason, then its hints as a list. */
export function Alert({ error, id, afterword }: AlertProps) {
  const words = useWords();
  if (error === null) return null;
  const hints = (error.hints ?? []).map((hint) => words.say(hint));
  return (
    <div id={id} className="alert" role="alert">
      <p>{afterword === undefined ? words.say(error.reason) : `${words.say(error.reason)} ${afterword}`}</p>
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
