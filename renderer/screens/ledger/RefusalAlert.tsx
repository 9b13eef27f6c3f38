import type { TreasuryError } from '../../../shared/errors.ts';

/** The words the core puts before the alternatives it also lists as hints. */
const alternativesIntro = ' Accounts that could pay instead:';

/**
 * A refusal from the core next to the form, announced: the reason, and the accounts that could pay
 * instead as a list a person can scan (rather than the same names run into the sentence).
 */
export function RefusalAlert({ id, error }: { id: string; error: TreasuryError | null }) {
  if (error === null) return null;
  const hints = error.hints ?? [];
  const cut = error.message.indexOf(alternativesIntro);
  const reason = hints.length > 0 && cut >= 0 ? error.message.slice(0, cut) : tidy(error.message);
  const payInstead = error.code === 'ACCOUNT_UNAVAILABLE' && hints.length > 0;
  return (
    <div id={id} className="alert" role="alert">
      <p>{reason} Nothing was saved.</p>
      {hints.length > 0 ? (
        <>
          {payInstead ? <p className="alert-subhead">Accounts that could pay instead:</p> : null}
          <ul>
            {hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A schema message names the field it is about ("amount: …"); the form shows it by that field's label already. */
function tidy(message: string): string {
  return message.replace(/^[a-zA-Z.]+: /, '');
}
