import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { KeySlotKind } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';

interface LiftHoldFormProps {
  /** What the vault was unlocked with: the same kind of secret lifts the hold. */
  unlockedWith: KeySlotKind;
  onLifted: () => void;
  onKeep: () => void;
  onLocked: () => void;
}

/** Lifting a hold lets shredding start again, so it asks for the passphrase (or the recovery code), as other weighty changes do. */
export function LiftHoldForm({ unlockedWith, onLifted, onKeep, onLocked }: LiftHoldFormProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const question = useFocusOnMount<HTMLParagraphElement>();
  const field = useRef<HTMLInputElement>(null);
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useEscapeCloses(onKeep);

  async function lift(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMissing(secret === '');
    if (secret === '') return field.current?.focus();
    if (await action.run(async () => void (await treasury.hold.lift({ confirmWith: confirmationOf(unlockedWith, secret) })))) onLifted();
  }

  const failure = action.error;
  // A wrong passphrase: the cursor goes back to it, ready to retype.
  useEffect(() => {
    if (failure !== null && ['WRONG_SECRET', 'UNLOCK_BACKOFF', 'INVALID_INPUT'].includes(failure.code)) field.current?.select();
  }, [failure]);
  const fieldError = missing ? words.words('retentionScreen.hold.secretMissing') : confirmationError(failure, words);
  return (
    <form ref={form} className="confirm stack-tight" aria-labelledby="hold-lift-question" onSubmit={(event) => void lift(event)} noValidate aria-busy={action.busy}>
      <p id="hold-lift-question" ref={question} tabIndex={-1}>
        {words.words('retentionScreen.hold.liftQuestion')}
      </p>
      <ConfirmSecretField
        id="hold-lift-confirm"
        ref={field}
        unlockedWith={unlockedWith}
        value={secret}
        onChange={(value) => {
          setSecret(value);
          setMissing(false);
          action.clearError();
        }}
        error={fieldError}
      />
      {fieldError === null ? <Alert error={failure} /> : null}
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={action.busy}>
          {words.words('retentionScreen.hold.liftSubmit')}
        </button>
        <button type="button" onClick={onKeep}>
          {words.words('retentionScreen.hold.keep')}
        </button>
      </div>
    </form>
  );
}
