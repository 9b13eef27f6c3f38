import { useRef, useState, type FormEvent } from 'react';
import type { Output } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { restoreStepOf } from './restoreSteps.ts';

interface RestoreSecretStepProps {
  backup: string;
  vaultDir: string;
  onBack: () => void;
  onRestored: (restored: Output<'backup.restore'>) => void;
}

/** The passphrase (or recovery code) that was current when the backup was made; then the restore itself, with its progress. */
export function RestoreSecretStep({ backup, vaultDir, onBack, onRestored }: RestoreSecretStepProps) {
  const words = useWords();
  const { progress, reset } = useWorkProgress('backup');
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<TreasuryError | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function restore(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    reset();
    try {
      onRestored(await treasury.backup.restore({ backup, vaultDir, secret: useRecoveryCode ? { recoveryCode: secret } : { passphrase: secret } }));
    } catch (caught) {
      setError(asTreasuryError(caught));
      setBusy(false);
    }
  }

  const secretError = error !== null && ['WRONG_SECRET', 'INVALID_INPUT'].includes(error.code) ? words.say(error.reason) : null;
  return (
    <form className="stack" onSubmit={restore} noValidate aria-busy={busy}>
      <StepHeading level={1} focusOnMount step={restoreStepOf('secret')}>
        {words.words('backupScreen.restore.secret.title')}
      </StepHeading>
      <p>{words.words('backupScreen.restore.secret.intro')}</p>
      <Field
        ref={field}
        id="restore-secret"
        label={useRecoveryCode ? words.words('backupScreen.restore.secret.recoveryCode') : words.words('backupScreen.restore.secret.passphrase')}
        className={useRecoveryCode ? 'field-wide' : undefined}
        type={useRecoveryCode ? 'text' : 'password'}
        autoComplete="off"
        autoCapitalize={useRecoveryCode ? 'characters' : 'off'}
        spellCheck={false}
        value={secret}
        onChange={(event) => {
          setSecret(event.target.value);
          setError(null);
        }}
        error={secretError}
      />
      <div>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setUseRecoveryCode((current) => !current);
            setSecret('');
            setError(null);
            field.current?.focus();
          }}
        >
          {useRecoveryCode ? words.words('backupScreen.restore.secret.usePassphrase') : words.words('backupScreen.restore.secret.useRecoveryCode')}
        </button>
      </div>
      {secretError === null ? <Alert error={error} /> : null}
      {busy ? <WorkProgressBar id="restore-progress" work="backup" progress={progress} /> : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          {words.words('backupScreen.restore.secret.restore')}
        </button>
        <button type="button" onClick={onBack} aria-disabled={busy}>
          {words.words('backupScreen.back')}
        </button>
      </div>
    </form>
  );
}
