import type { PassphraseAssessment } from '../../shared/contract/index.ts';

const scoreWords = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

interface StrengthMeterProps {
  id: string;
  assessment: PassphraseAssessment | null;
  /** Only the bar and the verdict: a refusal above already lists the reasons, and saying them twice is noise. */
  brief?: boolean;
}

/** How strong a new passphrase is, in words, with the estimator's warning and suggestions. */
export function StrengthMeter({ id, assessment, brief = false }: StrengthMeterProps) {
  return (
    <div id={id} className="strength" aria-live="polite">
      {assessment === null ? null : (
        <>
          <div className={`strength-bar score-${assessment.score}`} aria-hidden="true">
            {scoreWords.map((word, index) => (
              <span key={word} className={index <= assessment.score ? 'filled' : undefined} />
            ))}
          </div>
          <p className="strength-summary">
            <strong>{scoreWords[assessment.score]}.</strong> {assessment.acceptable ? 'Strong enough for the vault.' : 'Not strong enough for the vault yet.'} A computer guessing offline would need{' '}
            {assessment.crackTime}.
          </p>
          {brief || assessment.warning === null ? null : <p className="strength-warning">{assessment.warning}</p>}
          {!brief && assessment.suggestions.length > 0 ? (
            <ul className="strength-suggestions">
              {assessment.suggestions.map((suggestion) => (
                <li key={suggestion}>{suggestion}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
