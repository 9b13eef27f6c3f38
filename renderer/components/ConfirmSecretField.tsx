import type { Ref } from 'react';
import type { Confirmation, KeySlotKind } from '../../shared/contract/index.ts';
import { PassphraseField } from './PassphraseField.tsx';
import type { TreasuryError } from '../../shared/errors.ts';
import type { Translator } from '../../shared/messages/translator.ts';
import { useWords } from '../language/words.tsx';

interface ConfirmSecretFieldProps {
  id: string;
  /** What the vault was unlocked with: the same kind of secret confirms a change. */
  unlockedWith: KeySlotKind;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  ref?: Ref<HTMLInputElement>;
}

/** The passphrase (or recovery code) asked for again before a change to who can open the vault. */
export function ConfirmSecretField({ id, unlockedWith, value, onChange, error, ref }: ConfirmSecretFieldProps) {
  const words = useWords();
  const recovery = unlockedWith === 'recovery';
  return (
    <PassphraseField
      ref={ref}
      id={id}
      recoveryCode={recovery}
      label={recovery ? words.words('components.confirmSecret.recoveryCodeLabel') : words.words('components.confirmSecret.passphraseLabel')}
      hint={words.words('components.confirmSecret.hint')}
      autoComplete={recovery ? 'off' : 'current-password'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}

/** The confirmation the core expects, from what was typed. */
export function confirmationOf(unlockedWith: KeySlotKind, typed: string): Confirmation {
  return unlockedWith === 'recovery' ? { recoveryCode: typed } : { passphrase: typed };
}

/** The message to show under the field, for the errors that are about what was typed there. */
export function confirmationError(error: TreasuryError | null, words: Translator): string | null {
  return error !== null && ['WRONG_SECRET', 'INVALID_INPUT', 'UNLOCK_BACKOFF'].includes(error.code) ? words.say(error.reason) : null;
}
