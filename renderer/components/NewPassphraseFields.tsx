import { usePassphraseAssessment } from '../usePassphraseAssessment.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { StrengthMeter } from './StrengthMeter.tsx';
import { say, type Message } from '../../shared/messages/message.ts';
import { useWords } from '../language/words.tsx';

interface NewPassphraseFieldsProps {
  /** Prefix for element ids, unique on the screen. */
  id: string;
  label: string;
  /** The second field's label ("Type the passphrase again"). */
  confirmLabel: string;
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** A refusal from the core (WEAK_PASSPHRASE), with its hints, or a missing passphrase. */
  passphraseError?: { reason: Message; hints?: Message[] } | null;
  confirmationError?: Message | null;
}

/** A new passphrase typed twice, with the live strength meter under the first field. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const assessment = usePassphraseAssessment(props.passphrase);
  const meterId = `${props.id}-strength`;
  const words = useWords();
  return (
    <>
      <PassphraseField
        id={props.id}
        label={props.label}
        autoComplete="new-password"
        hint={words.words('components.newPassphrase.hint')}
        value={props.passphrase}
        onChange={(event) => props.onPassphraseChange(event.target.value)}
        error={props.passphraseError == null ? null : words.say(props.passphraseError.reason)}
        errorHints={(props.passphraseError?.hints ?? []).map((hint) => words.say(hint))}
        describedBy={meterId}
      >
        <StrengthMeter id={meterId} assessment={assessment} brief={props.passphraseError != null} />
      </PassphraseField>
      <PassphraseField
        id={`${props.id}-confirm`}
        label={props.confirmLabel}
        autoComplete="new-password"
        value={props.confirmation}
        onChange={(event) => props.onConfirmationChange(event.target.value)}
        error={props.confirmationError == null ? null : words.say(props.confirmationError)}
      />
    </>
  );
}

/** The confirmation error, or null when both fields match. */
export function confirmationProblem(passphrase: string, confirmation: string): Message | null {
  return passphrase === confirmation ? null : say('components.newPassphrase.notTheSame');
}
