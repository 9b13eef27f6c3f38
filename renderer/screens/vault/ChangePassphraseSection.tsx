import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { PassphraseField } from '../../components/PassphraseField.tsx';
import { confirmationProblem, NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';
import { say, type Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

interface ChangePassphraseSectionProps {
  /** After a recovery-code unlock: the treasurer passphrase is set anew without the forgotten one. */
  withoutCurrent: boolean;
  onChanged: () => void;
  onLocked: () => void;
}

type Problems = { current?: Message; next?: { reason: Message; hints?: Message[] }; confirmation?: Message };

/** A new passphrase (and key pair) for the key slot the current one opens; the ledger's key stays, and the screen says what that means. */
export function ChangePassphraseSection({ withoutCurrent, onChanged, onLocked }: ChangePassphraseSectionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [changedSlot, setChangedSlot] = useState<string | null>(null);
  const currentField = useRef<HTMLInputElement>(null);

  async function change(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setChangedSlot(null);
    const found: Problems = {};
    if (!withoutCurrent && current === '') found.current = say('vaultScreen.changePassphrase.enterCurrent');
    if (next === '') found.next = { reason: say('vaultScreen.changePassphrase.enterNew') };
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
    setChangedSlot(slot);
    onChanged();
  }

  const failure = action.error;
  // A wrong current passphrase: put the cursor back in that field, ready to retype.
  useEffect(() => {
    if (failure?.code === 'WRONG_SECRET') currentField.current?.select();
  }, [failure]);
  const currentError = problems.current !== undefined ? words.say(problems.current) : failure?.code === 'WRONG_SECRET' ? words.say(failure.reason) : null;
  const nextError = problems.next ?? (failure?.code === 'WEAK_PASSPHRASE' ? failure : null);
  const generalError = failure !== null && failure.code !== 'WRONG_SECRET' && failure.code !== 'WEAK_PASSPHRASE' ? failure : null;
  const done = changedSlot !== null && !action.busy;
  return (
    <Section id="change-passphrase-section" title={withoutCurrent ? words.words('vaultScreen.changePassphrase.setNewTitle') : words.words('vaultScreen.changePassphrase.title')}>
      <form className="stack-tight" onSubmit={change} noValidate aria-busy={action.busy}>
        {withoutCurrent ? (
          <p>{words.words('vaultScreen.changePassphrase.withoutCurrent')}</p>
        ) : (
          <PassphraseField
            ref={currentField}
            id="current-passphrase"
            label={words.words('vaultScreen.changePassphrase.currentLabel')}
            autoComplete="current-password"
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
          label={words.words('vaultScreen.changePassphrase.newLabel')}
          confirmLabel={words.words('vaultScreen.changePassphrase.confirmLabel')}
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
        <div className="saved" role="status">
          {action.busy ? <p>{words.words('vaultScreen.changePassphrase.changing')}</p> : null}
          {done ? (
            <>
              <p>{words.words('vaultScreen.changePassphrase.changed', { whose: changedSlot === 'co-treasurer' ? 'coTreasurer' : 'yours' })}</p>
              <p>{words.words('vaultScreen.changePassphrase.oldCopies')}</p>
            </>
          ) : null}
        </div>
        {done ? (
          <div className="actions">
            <button type="button" onClick={() => returnFocusTo('rekey')}>
              {words.words('vaultScreen.changePassphrase.goToRekey')}
            </button>
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {withoutCurrent ? words.words('vaultScreen.changePassphrase.setNew') : words.words('vaultScreen.changePassphrase.change')}
          </button>
        </div>
        <TechnicalDetails>
          <p>{words.words('vaultScreen.changePassphrase.details')}</p>
        </TechnicalDetails>
      </form>
    </Section>
  );
}
