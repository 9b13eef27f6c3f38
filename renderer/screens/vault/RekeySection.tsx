import { useState, type FormEvent } from 'react';
import type { KeyChange, VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { KeyChangeNotice } from '../../components/KeyChangeNotice.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';

interface RekeySectionProps {
  details: VaultDetails;
  onDetails: (details: VaultDetails) => void;
  onLocked: () => void;
}

/** "Change the vault's key": the ledger re-encrypted under a new key, so no old copy of the folder opens it. */
export function RekeySection({ details, onDetails, onLocked }: RekeySectionProps) {
  const action = useVaultAction(onLocked);
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState('');
  const [change, setChange] = useState<KeyChange | null>(null);

  async function rekey(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    let result: KeyChange | undefined;
    const done = await action.run(async () => void (result = await treasury.vault.rekey({ confirmWith: confirmationOf(details.unlockedWith, secret) })));
    if (!done || result === undefined) return;
    onDetails(result.details);
    setChange(result);
    setOpen(false);
    setSecret('');
    returnFocusTo('rekey');
  }

  const fieldError = confirmationError(action.error);
  return (
    <Section id="rekey" title="Change the vault's key">
      <p>
        Changing a passphrase stops it opening this vault, but a copy of the vault folder taken earlier still opens with the old one. Changing the vault&apos;s key re-encrypts the ledger so that no
        earlier copy of the folder opens today&apos;s ledger. Your passphrases stay the same. Do this after a passphrase may have been seen, or a laptop or USB stick with a copy was lost.
      </p>
      <div className="saved" role="status">
        {change === null ? null : <KeyChangeNotice change={change} />}
      </div>
      {open ? (
        <form className="stack-tight" onSubmit={rekey} noValidate aria-busy={action.busy}>
          <ConfirmSecretField
            id="rekey-confirm"
            unlockedWith={details.unlockedWith}
            value={secret}
            onChange={(value) => {
              setSecret(value);
              action.clearError();
            }}
            error={fieldError}
          />
          {fieldError === null ? <Alert error={action.error} /> : null}
          {action.busy ? <p className="quiet">Re-encrypting the ledger…</p> : null}
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={action.busy}>
              Change the key
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setSecret('');
                action.clearError();
                returnFocusTo('rekey');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setChange(null);
              setOpen(true);
            }}
          >
            Change the vault&apos;s key
          </button>
        </div>
      )}
    </Section>
  );
}
