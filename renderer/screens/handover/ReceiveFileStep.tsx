import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Output } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { PathField } from '../../components/PathField.tsx';
import { PassphraseField } from '../../components/PassphraseField.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { confirmationProblem, NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusLater } from '../../useFocusLater.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { slot, WordsAround } from '../../wordsAround.tsx';
import { InlineFingerprint } from './InlineFingerprint.tsx';
import type { ReceivingLock } from './ReceivingKeyStep.tsx';
import { receiveRefusalField, type ReceiveField } from './receiveRefusal.ts';
import { receiveStepOf } from './receiveSteps.ts';

type Problem = { reason: Message; hints?: Message[] };

interface ReceiveFileStepProps {
  lock: ReceivingLock;
  initialVaultDir: string;
  onBack: () => void;
  onReceived: (received: Output<'handover.receive'>) => void;
}

/**
 * Step 2: the handover file, how it opens, the folder for the new vault and the new treasurer's own
 * passphrase; then the whole file opened, checked and written, with its progress counted. All or
 * nothing: a refusal leaves no vault behind, and is said under the field it is about.
 */
export function ReceiveFileStep({ lock, initialVaultDir, onBack, onReceived }: ReceiveFileStepProps) {
  const words = useWords();
  const [path, setPath] = useState('');
  const [handoverPassphrase, setHandoverPassphrase] = useState('');
  const [vaultDir, setVaultDir] = useState(initialVaultDir);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<Partial<Record<ReceiveField, Problem>>>({});
  const [confirmationError, setConfirmationError] = useState<Message | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);
  const { progress, reset } = useWorkProgress('handover');
  const form = useRef<HTMLFormElement>(null);

  const clear = (field: ReceiveField) => setProblems(({ [field]: _cleared, ...others }) => others);

  const focusLater = useFocusLater();
  /** Focus goes to the first field in error, once it is drawn, where a keyboard user puts it right. */
  const focusFirstProblem = () => focusLater(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]'));

  function missing(): Partial<Record<ReceiveField, Problem>> {
    const found: Partial<Record<ReceiveField, Problem>> = {};
    if (path.trim() === '') found.file = { reason: say('handoverScreen.file.enterPath') };
    if (lock.key === 'passphrase' && handoverPassphrase.trim() === '') found.handoverPassphrase = { reason: say('handoverScreen.file.enterHandoverPassphrase') };
    if (vaultDir.trim() === '') found.vaultDir = { reason: say('handoverScreen.file.enterVaultDir') };
    if (passphrase === '') found.newPassphrase = { reason: say('handoverScreen.file.enterPassphrase') };
    return found;
  }

  async function receive(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const found = missing();
    const mismatch = found.newPassphrase === undefined ? confirmationProblem(passphrase, confirmation) : null;
    setProblems(found);
    setConfirmationError(mismatch);
    if (Object.keys(found).length > 0 || mismatch !== null) {
      focusFirstProblem();
      return;
    }

    setBusy(true);
    reset();
    try {
      onReceived(
        await treasury.handover.receive({
          path: path.trim(),
          vaultDir: vaultDir.trim(),
          newPassphrase: passphrase,
          with: lock.key === 'identity' ? { key: 'identity' } : { key: 'passphrase', passphrase: handoverPassphrase },
        }),
      );
    } catch (caught) {
      const failure = asTreasuryError(caught);
      const field = receiveRefusalField(failure, lock.key);
      if (field === null) setError(failure);
      else setProblems({ [field]: failure });
      focusFirstProblem();
    } finally {
      setBusy(false);
    }
  }

  // Enter in the last field starts it: the bar comes into view there, under a form taller than the window.
  useEffect(() => {
    if (busy) document.getElementById('receive-progress')?.scrollIntoView({ block: 'center' });
  }, [busy]);

  const said = (field: ReceiveField) => {
    const problem = problems[field];
    return problem === undefined ? null : words.say(problem.reason);
  };

  return (
    <form ref={form} className="stack" onSubmit={receive} noValidate aria-busy={busy}>
      <StepHeading level={1} focusOnMount step={receiveStepOf('file')}>
        {words.words('handoverScreen.file.title')}
      </StepHeading>
      <p>{words.words('handoverScreen.file.intro')}</p>
      <PathField
        id="handover-file"
        label={words.words('handoverScreen.file.pathLabel')}
        hint={words.words('handoverScreen.file.pathHint')}
        value={path}
        onChange={(event) => {
          setPath(event.target.value);
          clear('file');
        }}
        error={said('file')}
      />
      {lock.key === 'passphrase' ? (
        <PassphraseField
          id="handover-passphrase"
          label={words.words('handoverScreen.file.handoverPassphraseLabel')}
          hint={words.words('handoverScreen.file.handoverPassphraseHint')}
          autoComplete="off"
          value={handoverPassphrase}
          onChange={(event) => {
            setHandoverPassphrase(event.target.value);
            clear('handoverPassphrase');
          }}
          error={said('handoverPassphrase')}
        />
      ) : (
        <p className="quiet">
          <WordsAround
            text={words.words('handoverScreen.file.opensWithKey', { fingerprint: slot('fingerprint') })}
            parts={{ fingerprint: <InlineFingerprint fingerprint={lock.identity.fingerprint} /> }}
          />
        </p>
      )}
      <PathField
        id="handover-vault-dir"
        label={words.words('handoverScreen.file.vaultDirLabel')}
        hint={words.words('handoverScreen.file.vaultDirHint')}
        value={vaultDir}
        onChange={(event) => {
          setVaultDir(event.target.value);
          clear('vaultDir');
        }}
        onFolderChosen={(folder) => {
          setVaultDir(folder);
          clear('vaultDir');
        }}
        error={said('vaultDir')}
      />
      <h2>{words.words('handoverScreen.file.ownPassphraseTitle')}</h2>
      <p>{words.words('handoverScreen.file.ownPassphrase')}</p>
      <NewPassphraseFields
        id="handover-new-passphrase"
        label={words.words('handoverScreen.file.passphraseLabel')}
        confirmLabel={words.words('handoverScreen.file.confirmLabel')}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={(value) => {
          setPassphrase(value);
          clear('newPassphrase');
        }}
        onConfirmationChange={(value) => {
          setConfirmation(value);
          setConfirmationError(null);
        }}
        passphraseError={problems.newPassphrase ?? null}
        confirmationError={confirmationError}
      />
      <Alert error={error} />
      {busy ? <WorkProgressBar id="receive-progress" work="handover" progress={progress} /> : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          {words.words('handoverScreen.file.receive')}
        </button>
        <button type="button" onClick={busy ? undefined : onBack} aria-disabled={busy}>
          {words.words('handoverScreen.file.back')}
        </button>
      </div>
    </form>
  );
}
