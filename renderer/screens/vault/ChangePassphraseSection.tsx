import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { confirmationProblem, NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';

interface ChangePassphraseSectionProps {
  /** After a recovery-code unlock: the treasurer passphrase is set anew without the forgotten one. */
  withoutCurrent: boolean;
  onChanged: () => void;
  onLocked: () => void;
}

type Problems = { current?: string; next?: { message: string; hints?: string[] }; confirmation?: string };

/** A new passphrase (and key pair) for the key slot the current one opens; the ledger's key stays, and the screen says what that means. */
export function ChangePassphraseSection({ withoutCurrent, onChanged, onLocked }: ChangePassphraseSectionProps) {
  const action = useVaultAction(onLocked);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState<string | null>(null);
  const currentField = useRef<HTMLInputElement>(null);

  async function change(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setDone(null);
    const found: Problems = {};
    if (!withoutCurrent && current === '') found.current = 'Enter the passphrase you use now.';
    if (next === '') found.next = { message: 'Enter the new passphrase.' };
    else {
      const mismatch = confirmationProblem(next, confirmation);
      if (mismatch !== null) found.confirmation = mismatch;
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;

    let slot: string | null = null;
    const changed = await action.run(async () => {
      const result = await treasury.vault.changePassphrase(withoutCurrent ? { newPassphrase: next } : { currentPassphrase: current, newPassphrase: next });
      slot = result.slot;
    });
    if (!changed) return;
    setCurrent('');
    setNext('');
    setConfirmation('');
    setDone(
      `${slot === 'co-treasurer' ? "The co-treasurer's" : 'Your'} passphrase is changed. Use the new one next time you unlock. The old passphrase no longer opens this vault; a copy of the vault folder taken before today still opens with it. To make such copies useless, change the vault's key.`,
    );
    onChanged();
  }

  const failure = action.error;
  // A wrong current passphrase: put the cursor back in that field, ready to retype.
  useEffect(() => {
    if (failure?.code === 'WRONG_SECRET') currentField.current?.select();
  }, [failure]);
  const currentError = problems.current ?? (failure?.code === 'WRONG_SECRET' ? failure.message : null);
  const nextError = problems.next ?? (failure?.code === 'WEAK_PASSPHRASE' ? failure : null);
  const generalError = failure !== null && failure.code !== 'WRONG_SECRET' && failure.code !== 'WEAK_PASSPHRASE' ? failure : null;
  return (
    <Section id="change-passphrase-section" title={withoutCurrent ? 'Set a new passphrase' : 'Change the passphrase'}>
      <form className="stack-tight" onSubmit={change} noValidate aria-busy={action.busy}>
        {withoutCurrent ? (
          <p>The vault was opened with the recovery code, so the old passphrase is not needed.</p>
        ) : (
          <Field
            ref={currentField}
            id="current-passphrase"
            label="Current passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            value={current}
            onChange={(event) => {
              setCurrent(event.target.value);
              setProblems((found) => ({ ...found, current: undefined }));
              action.clearError();
            }}
            error={currentError}
          />
        )}
        <NewPassphraseFields
          id="change-passphrase"
          label="New passphrase"
          passphrase={next}
          confirmation={confirmation}
          onPassphraseChange={(value) => {
            setNext(value);
            setProblems((found) => ({ ...found, next: undefined }));
            action.clearError();
          }}
          onConfirmationChange={(value) => {
            setConfirmation(value);
            setProblems((found) => ({ ...found, confirmation: undefined }));
          }}
          passphraseError={nextError}
          confirmationError={problems.confirmation ?? null}
        />
        <Alert error={generalError} />
        <p className="saved" role="status">
          {action.busy ? 'Changing the passphrase…' : done}
        </p>
        {done === null || action.busy ? null : (
          <div className="actions">
            <button type="button" onClick={() => returnFocusTo('rekey')}>
              Go to &ldquo;Change the vault&apos;s key&rdquo;
            </button>
          </div>
        )}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {withoutCurrent ? 'Set the new passphrase' : 'Change the passphrase'}
          </button>
        </div>
      </form>
    </Section>
  );
}
