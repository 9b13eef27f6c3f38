import { usePassphraseAssessment } from '../usePassphraseAssessment.ts';
import { Field } from './Field.tsx';
import { StrengthMeter } from './StrengthMeter.tsx';

interface NewPassphraseFieldsProps {
  /** Prefix for element ids, unique on the screen. */
  id: string;
  label: string;
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** A refusal from the core (WEAK_PASSPHRASE), with its hints, or a missing passphrase. */
  passphraseError?: { message: string; hints?: string[] } | null;
  confirmationError?: string | null;
}

/** A new passphrase typed twice, with the live strength meter under the first field. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const assessment = usePassphraseAssessment(props.passphrase);
  const meterId = `${props.id}-strength`;
  return (
    <>
      <Field
        id={props.id}
        label={props.label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        hint="Several unrelated words are easier to remember and harder to guess than one clever word."
        value={props.passphrase}
        onChange={(event) => props.onPassphraseChange(event.target.value)}
        error={props.passphraseError?.message ?? null}
        errorHints={props.passphraseError?.hints ?? []}
        describedBy={meterId}
      >
        <StrengthMeter id={meterId} assessment={assessment} brief={props.passphraseError != null} />
      </Field>
      <Field
        id={`${props.id}-confirm`}
        label={`Type the ${props.label.toLowerCase()} again`}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={props.confirmation}
        onChange={(event) => props.onConfirmationChange(event.target.value)}
        error={props.confirmationError ?? null}
      />
    </>
  );
}

/** The confirmation error, or null when both fields match. */
export function confirmationProblem(passphrase: string, confirmation: string): string | null {
  return passphrase === confirmation ? null : 'The two passphrases are not the same. Type the new passphrase again in both fields.';
}
