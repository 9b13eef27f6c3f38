import { useState, type FormEvent } from 'react';
import type { KeyChange, VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { KeyChangeNotice } from '../../components/KeyChangeNotice.tsx';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';
import { useWords } from '../../language/words.tsx';

interface RekeySectionProps {
  details: VaultDetails;
  onDetails: (details: VaultDetails) => void;
  onLocked: () => void;
}

/** "Change the vault's key": the ledger re-encrypted under a new key, so no old copy of the folder opens it. */
export function RekeySection({ details, onDetails, onLocked }: RekeySectionProps) {
  const words = useWords();
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

  const fieldError = confirmationError(action.error, words);
  return (
    <Section id="rekey" title={words.words('vaultScreen.rekey.title')}>
      <p>{words.words('vaultScreen.rekey.when')}</p>
      <p>{words.words('vaultScreen.rekey.what')}</p>
      <p>{words.words('vaultScreen.rekey.passphrasesStay')}</p>
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
          {action.busy ? <p className="quiet">{words.words('vaultScreen.rekey.busy')}</p> : null}
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={action.busy}>
              {words.words('vaultScreen.rekey.submit')}
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
              {words.words('components.cancel')}
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
            {words.words('vaultScreen.rekey.title')}
          </button>
        </div>
      )}
      <TechnicalDetails>
        <p>{words.words('vaultScreen.rekey.details')}</p>
      </TechnicalDetails>
    </Section>
  );
}
