import type { TreasuryError } from '../../../shared/errors.ts';
import { useWords } from '../../language/words.tsx';

/**
 * A refusal from the core next to the form, announced: the reason, and its hints as a list a person
 * can scan; for an account that cannot pay, under a heading, the accounts that could pay instead.
 */
export function RefusalAlert({ id, error }: { id: string; error: TreasuryError | null }) {
  const words = useWords();
  if (error === null) return null;
  const hints = error.hints ?? [];
  const payInstead = hints.length > 0 && hints.every((hint) => hint.key === 'accounts.couldPayInstead');
  return (
    <div id={id} className="alert" role="alert">
      <p>
        {words.say(error.reason)} {words.words('ledger.nothingSaved')}
      </p>
      {hints.length > 0 ? (
        <>
          {payInstead ? <p className="alert-subhead">{words.words('accounts.couldPayInsteadHeading')}</p> : null}
          <ul>
            {hints.map((hint) => {
              const said = words.say(hint);
              return <li key={said}>{said}</li>;
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
