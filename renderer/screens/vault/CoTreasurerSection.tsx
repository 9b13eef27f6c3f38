import { useState, type FormEvent, type ReactNode } from 'react';
import type { KeyChange, KeySlotKind, VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { KeyChangeNotice } from '../../components/KeyChangeNotice.tsx';
import { confirmationProblem, NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { formatDateTime } from '../../formatDate.ts';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';

interface CoTreasurerSectionProps {
  details: VaultDetails;
  onDetails: (details: VaultDetails) => void;
  onLocked: () => void;
}

type Mode = 'idle' | 'setting' | 'removing';

/**
 * A second passphrase for a co-treasurer: added, replaced or removed without touching the treasurer's
 * own. Every change asks for your passphrase again; replacing or removing one changes the vault's key.
 */
export function CoTreasurerSection({ details, onDetails, onLocked }: CoTreasurerSectionProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const [done, setDone] = useState<{ text: string; change: KeyChange } | null>(null);
  const slot = details.keySlots.find((keySlot) => keySlot.kind === 'co-treasurer');

  function finished(text: string, change: KeyChange) {
    onDetails(change.details);
    setMode('idle');
    setDone({ text, change });
    returnFocusTo('co-treasurer');
  }

  return (
    <Section id="co-treasurer" title="Co-treasurer passphrase">
      {slot === undefined ? (
        <p>None. A co-treasurer can have their own passphrase for this vault; yours keeps working.</p>
      ) : (
        <p>
          <strong>Set.</strong> Last changed {formatDateTime(slot.updatedAt)}.
        </p>
      )}
      <div className="saved" role="status">
        {done === null ? null : (
          <>
            <p>{done.text}</p>
            <KeyChangeNotice change={done.change} />
          </>
        )}
      </div>
      {mode === 'setting' ? (
        <SetCoTreasurerPassphrase
          replacing={slot !== undefined}
          unlockedWith={details.unlockedWith}
          onChanged={(change) => finished(slot === undefined ? 'The co-treasurer passphrase is added.' : 'The co-treasurer passphrase is replaced. The old one no longer opens the vault.', change)}
          onCancel={() => {
            setMode('idle');
            returnFocusTo('co-treasurer');
          }}
          onLocked={onLocked}
        />
      ) : null}
      {mode === 'removing' ? (
        <ConfirmRemoval
          unlockedWith={details.unlockedWith}
          onRemoved={(change) => finished('The co-treasurer passphrase is removed. It no longer opens the vault, not even with an old copy of the vault folder.', change)}
          onKeep={() => {
            setMode('idle');
            returnFocusTo('co-treasurer');
          }}
          onLocked={onLocked}
        />
      ) : null}
      {mode === 'idle' ? (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setMode('setting');
            }}
          >
            {slot === undefined ? 'Add a co-treasurer passphrase' : 'Replace it'}
          </button>
          {slot === undefined ? null : (
            <button
              type="button"
              onClick={() => {
                setDone(null);
                setMode('removing');
              }}
            >
              Remove it
            </button>
          )}
        </div>
      ) : null}
    </Section>
  );
}

interface ConfirmRemovalProps {
  unlockedWith: KeySlotKind;
  onRemoved: (change: KeyChange) => void;
  onKeep: () => void;
  onLocked: () => void;
}

/** Removing a key is asked twice, with the passphrase; the question takes focus so a keyboard user hears it. */
function ConfirmRemoval({ unlockedWith, onRemoved, onKeep, onLocked }: ConfirmRemovalProps) {
  const action = useVaultAction(onLocked);
  const question = useFocusOnMount<HTMLParagraphElement>();
  const [secret, setSecret] = useState('');

  async function remove(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    let change: KeyChange | undefined;
    if (await action.run(async () => void (change = await treasury.vault.removeCoTreasurer({ confirmWith: confirmationOf(unlockedWith, secret) })))) {
      if (change !== undefined) onRemoved(change);
    }
  }

  const fieldError = confirmationError(action.error);
  return (
    <form className="confirm stack-tight" aria-labelledby="co-treasurer-remove-question" onSubmit={remove} noValidate aria-busy={action.busy}>
      <p id="co-treasurer-remove-question" ref={question} tabIndex={-1}>
        Remove the co-treasurer passphrase? Whoever knows it will no longer be able to open the vault. The vault&apos;s key changes too, so an old copy of the vault folder will not help them either.
      </p>
      <ConfirmSecretField
        id="co-treasurer-remove-confirm"
        unlockedWith={unlockedWith}
        value={secret}
        onChange={(value) => {
          setSecret(value);
          action.clearError();
        }}
        error={fieldError}
      />
      {fieldError === null ? <Alert error={action.error} /> : null}
      <Busy busy={action.busy}>Changing the vault&apos;s key…</Busy>
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={action.busy}>
          Remove it
        </button>
        <button type="button" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </form>
  );
}

interface SetCoTreasurerPassphraseProps {
  replacing: boolean;
  unlockedWith: KeySlotKind;
  onChanged: (change: KeyChange) => void;
  onCancel: () => void;
  onLocked: () => void;
}

function SetCoTreasurerPassphrase({ replacing, unlockedWith, onChanged, onCancel, onLocked }: SetCoTreasurerPassphraseProps) {
  const action = useVaultAction(onLocked);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [secret, setSecret] = useState('');
  const [confirmationMismatch, setConfirmationMismatch] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [secretMissing, setSecretMissing] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMissing(passphrase === '');
    setSecretMissing(secret === '');
    const mismatch = passphrase === '' ? null : confirmationProblem(passphrase, confirmation);
    setConfirmationMismatch(mismatch);
    if (passphrase === '' || secret === '' || mismatch !== null) return;
    let change: KeyChange | undefined;
    const saved = await action.run(async () => void (change = await treasury.vault.setCoTreasurerPassphrase({ passphrase, confirmWith: confirmationOf(unlockedWith, secret) })));
    if (saved && change !== undefined) onChanged(change);
  }

  const failure = action.error;
  const passphraseError = missing ? { message: 'Enter the co-treasurer passphrase.' } : failure?.code === 'WEAK_PASSPHRASE' ? failure : null;
  const secretError = secretMissing ? 'Enter your passphrase (or recovery code) to confirm.' : confirmationError(failure);
  return (
    <form className="stack-tight" onSubmit={save} noValidate aria-busy={action.busy}>
      <p>Agree the passphrase with the co-treasurer in person. Do not send it by message or email.</p>
      {replacing ? <p>Replacing it changes the vault&apos;s key, so the old co-treasurer passphrase opens nothing afterwards.</p> : null}
      <NewPassphraseFields
        id="co-treasurer-passphrase"
        label={replacing ? 'New co-treasurer passphrase' : 'Co-treasurer passphrase'}
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphraseChange={(value) => {
          setPassphrase(value);
          setMissing(false);
          action.clearError();
        }}
        onConfirmationChange={(value) => {
          setConfirmation(value);
          setConfirmationMismatch(null);
        }}
        passphraseError={passphraseError}
        confirmationError={confirmationMismatch}
      />
      <ConfirmSecretField
        id="co-treasurer-confirm"
        unlockedWith={unlockedWith}
        value={secret}
        onChange={(value) => {
          setSecret(value);
          setSecretMissing(false);
          action.clearError();
        }}
        error={secretError}
      />
      {failure !== null && failure.code !== 'WEAK_PASSPHRASE' && secretError === null ? <Alert error={failure} /> : null}
      <Busy busy={action.busy}>{replacing ? 'Changing the vault\u2019s key…' : 'Adding the passphrase…'}</Busy>
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {replacing ? 'Replace the passphrase' : 'Add the passphrase'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A quiet line while a slow change (Argon2id, a re-key) runs. */
function Busy({ busy, children }: { busy: boolean; children: ReactNode }) {
  return busy ? <p className="quiet">{children}</p> : null;
}
