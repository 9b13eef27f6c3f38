import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Heading } from '../../components/Heading.tsx';
import { asTreasuryError } from '../../failure.ts';
import { treasury } from '../../treasury.ts';
import { stepOf } from './SetupProgress.tsx';

interface VaultFolderStepProps {
  initialVaultDir: string;
  onCreateHere: (vaultDir: string) => void;
  onExistingVault: (status: VaultStatus) => void;
}

/** Step 1: the folder that will hold the encrypted vault, or an existing vault to open instead. */
export function VaultFolderStep({ initialVaultDir, onCreateHere, onExistingVault }: VaultFolderStepProps) {
  const [vaultDir, setVaultDir] = useState(initialVaultDir);
  const [fieldError, setFieldError] = useState<string | null>(null);
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
      setFieldError('Enter the folder where the vault should live.');
      return;
    }
    const status = await lookAt(vaultDir.trim());
    if (status === null) return;
    if (status.state === 'no-vault') onCreateHere(status.vaultDir);
    else setFieldError('There is already a vault in this folder. Open it with the button below, or choose another folder.');
  }

  async function openExisting() {
    if (busy) return;
    if (vaultDir.trim() === '') {
      setFieldError('Enter the folder that holds your vault.');
      return;
    }
    const status = await lookAt(vaultDir.trim());
    if (status === null) return;
    if (status.state === 'no-vault') setFieldError('There is no vault in this folder. Check the folder, or create a new vault here.');
    else onExistingVault(status);
  }

  return (
    <form className="stack" onSubmit={createHere} noValidate aria-busy={busy}>
      <Heading level={1} focusOnMount>
        <span className="step-of">{stepOf('folder')}</span> Where the vault lives
      </Heading>
      <p>
        The vault is one folder holding the group&apos;s encrypted ledger and its key file. Keep it on a laptop used only for the treasury: not a shared or family computer, and not a folder that syncs
        to the cloud.
      </p>
      <Field
        id="vault-dir"
        label="Vault folder"
        hint="The suggested folder is fine for most people. A new vault needs an empty or new folder."
        className="field-wide"
        spellCheck={false}
        autoComplete="off"
        value={vaultDir}
        onChange={(event) => {
          setVaultDir(event.target.value);
          setFieldError(null);
        }}
        error={fieldError}
      />
      <Alert error={error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={busy}>
          Create a new vault here
        </button>
        <button type="button" onClick={() => void openExisting()} aria-disabled={busy}>
          I already have a vault in this folder
        </button>
      </div>
    </form>
  );
}
