import type { PassphraseAssessment } from '../../shared/contract/index.ts';
import { say } from '../../shared/messages/message.ts';
import { useWords } from '../language/words.tsx';

/** zxcvbn's score, 0 to 4, in words: one bar segment each. */
const scoreWords = [say('vault.strength.veryWeak'), say('vault.strength.weak'), say('vault.strength.fair'), say('vault.strength.strong'), say('vault.strength.veryStrong')];

interface StrengthMeterProps {
  id: string;
  assessment: PassphraseAssessment | null;
  /** Only the bar and the verdict: a refusal above already lists the reasons, and saying them twice is noise. */
  brief?: boolean;
}

/** How strong a new passphrase is, in words, with the estimator's warning and suggestions. */
export function StrengthMeter({ id, assessment, brief = false }: StrengthMeterProps) {
  const words = useWords();
  return (
    <div id={id} className="strength" aria-live="polite">
      {assessment === null ? null : (
        <>
          <div className={`strength-bar score-${assessment.score}`} aria-hidden="true">
            {scoreWords.map((word, index) => (
              <span key={word.key} className={index <= assessment.score ? 'filled' : undefined} />
            ))}
          </div>
          <p className="strength-summary">
            <strong>{words.say(scoreWords[assessment.score] ?? say('vault.strength.veryStrong'))}</strong>{' '}
            {words.say(assessment.acceptable ? say('vault.strength.enough') : say('vault.strength.notYet'))} {words.words('vault.strength.offline', { time: assessment.crackTime })}
          </p>
          {brief || assessment.warning === null ? null : <p className="strength-warning">{words.say(assessment.warning)}</p>}
          {!brief && assessment.suggestions.length > 0 ? (
            <ul className="strength-suggestions">
              {assessment.suggestions.map((suggestion) => (
                <li key={suggestion.key}>{words.say(suggestion)}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
