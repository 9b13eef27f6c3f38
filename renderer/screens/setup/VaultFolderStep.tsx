import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { PathField } from '../../components/PathField.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { asTreasuryError } from '../../failure.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { OpenSummaryChoice } from '../audit/OpenSummaryChoice.tsx';
import { RestoreChoice } from '../backup/RestoreChoice.tsx';
import { HandoverChoice } from '../handover/HandoverChoice.tsx';
import { stepOf } from './SetupProgress.tsx';

interface VaultFolderStepProps {
  initialVaultDir: string;
  onCreateHere: (vaultDir: string) => void;
  onExistingVault: (status: VaultStatus) => void;
  /** The treasurer takes over from another one instead: the folder typed so far goes with them. */
  onReceiveHandover: (vaultDir: string) => void;
  /** Someone with no vault, an auditor or a member, reads a summary the group published. */
  onOpenSummary: () => void;
  /** The treasurer restores the vault from a backup folder: the folder typed so far is offered for it. */
  onRestore: (vaultDir: string) => void;
}

/** Step 1: the folder that will hold the encrypted vault, or an existing vault to open instead, or a handover to receive, or a summary to read. */
export function VaultFolderStep({ initialVaultDir, onCreateHere, onExistingVault, onReceiveHandover, onOpenSummary, onRestore }: VaultFolderStepProps) {
  const words = useWords();
  const [vaultDir, setVaultDir] = useState(initialVaultDir);
  const [fieldError, setFieldError] = useState<Message | null>(null);
  const [error, setError] = useState<TreasuryError | null>(null);
  const [busy, setBusy] = useState(false);

  /** Points the core at the folder and says what is there, or null after showing why it could not look. */
  async function lookAt(folder: string): Promise<VaultStatus | null> {
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      return await treasury.vault.select({ vaultDir: folder });
    } catch (caught) {
      setError(asTreasuryError(caught));
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function createHere(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (vaultDir.trim() === '') {
      setFieldError(say('setup.folder.enterNewFolder'));
      return;
    }
    const status = await lookAt(vaultDir.trim());
    if (status === null) return;
    if (status.state === 'no-vault') onCreateHere(status.vaultDir);
    else setFieldError(say('setup.folder.alreadyAVault'));
  }

  async function openExisting() {
    if (busy) return;
    if (vaultDir.trim() === '') {
      setFieldError(say('setup.folder.enterExistingFolder'));
      return;
    }
    const status = await lookAt(vaultDir.trim());
    if (status === null) return;
    if (status.state === 'no-vault') setFieldError(say('setup.folder.noVaultHere'));
    else onExistingVault(status);
  }

  return (
    <>
      <form className="stack" onSubmit={createHere} noValidate aria-busy={busy}>
        <StepHeading level={1} focusOnMount step={stepOf('folder')}>
          {words.words('setup.folder.title')}
        </StepHeading>
        <p>{words.words('setup.folder.intro')}</p>
        <PathField
          id="vault-dir"
          label={words.words('setup.folder.label')}
          hint={words.words('setup.folder.hint')}
          value={vaultDir}
          onChange={(event) => {
            setVaultDir(event.target.value);
            setFieldError(null);
          }}
          onFolderChosen={(folder) => {
            setVaultDir(folder);
            setFieldError(null);
          }}
          error={fieldError === null ? null : words.say(fieldError)}
        />
        <Alert error={error} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {words.words('setup.folder.createHere')}
          </button>
          <button type="button" onClick={() => void openExisting()} aria-disabled={busy}>
            {words.words('setup.folder.openExisting')}
          </button>
        </div>
      </form>
      <HandoverChoice onReceive={() => onReceiveHandover(vaultDir.trim() === '' ? initialVaultDir : vaultDir.trim())} />
      <RestoreChoice onRestore={() => onRestore(vaultDir.trim() === '' ? initialVaultDir : vaultDir.trim())} />
      <OpenSummaryChoice onOpen={onOpenSummary} />
    </>
  );
}
