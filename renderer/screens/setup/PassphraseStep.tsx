import { useState, type FormEvent } from 'react';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { confirmationProblem, NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';
import { stepOf } from './SetupProgress.tsx';
import { say, type Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

interface PassphraseStepProps {
  vaultDir: string;
  onBack: () => void;
  onCreated: (recoveryCode: string) => void;
}

/** Step 2: the treasurer's passphrase, checked by the strength estimator; submitting creates the vault. */
export function PassphraseStep({ vaultDir, onBack, onCreated }: PassphraseStepProps) {
  const words = useWords();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [passphraseError, setPassphraseError] = useState<{ reason: Message; hints?: Message[] } | null>(null);
  const [confirmationError, setConfirmationError] = useState<Message | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const missing = passphrase === '' ? { reason: say('setup.passphrase.missing') } : null;
    const mismatch = missing === null ? confirmationProblem(passphrase, confirmation) : null;
    setPassphraseError(missing);
    setConfirmationError(mismatch);
    if (missing !== null || mismatch !== null) return;

    setBusy(true);
    try {
      const { recoveryCode } = await treasury.vault.create({ vaultDir, passphrase });
      onCreated(recoveryCode);
    } catch (caught) {
      const failure = asTreasuryError(caught);
      if (failure.code === 'WEAK_PASSPHRASE') setPassphraseError(failure);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={create} noValidate aria-busy={busy}>
      <StepHeading level={1} focusOnMount step={stepOf('passphrase')}>
        {words.words('setup.passphrase.title')}
      </StepHeading>
      <p>{words.words('setup.passphrase.intro')}</p>
      <p className="quiet">
        {words.words('setup.passphrase.newVaultIn')} <code className="path">{vaultDir}</code>
      </p>
      <NewPassphraseFields
        id="new-passphrase"
        label={words.words('setup.passphrase.label')}
        confirmLabel={words.words('setup.passphrase.confirmLabel')}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={(value) => {
          setPassphrase(value);
          setPassphraseError(null);
        }}
        onConfirmationChange={(value) => {
          setConfirmation(value);
          setConfirmationError(null);
        }}
        passphraseError={passphraseError}
        confirmationError={confirmationError}
      />
      <Alert error={error} />
      {busy ? (
        <p className="busy" role="status">
          {words.words('setup.passphrase.creating')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          {words.words('setup.passphrase.create')}
        </button>
        <button type="button" onClick={busy ? undefined : onBack} aria-disabled={busy}>
          {words.words('setup.passphrase.back')}
        </button>
      </div>
    </form>
  );
}
