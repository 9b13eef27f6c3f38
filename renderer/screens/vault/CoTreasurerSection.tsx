import { useState, type FormEvent, type ReactNode } from 'react';
import type { VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
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

/** A second passphrase for a co-treasurer: added, replaced or removed without touching the treasurer's own. */
export function CoTreasurerSection({ details, onDetails, onLocked }: CoTreasurerSectionProps) {
  const action = useVaultAction(onLocked);
  const [mode, setMode] = useState<Mode>('idle');
  const [done, setDone] = useState<string | null>(null);
  const slot = details.keySlots.find((keySlot) => keySlot.kind === 'co-treasurer');

  async function remove() {
    if (action.busy) return;
    if (await action.run(async () => onDetails(await treasury.vault.removeCoTreasurer()))) {
      setMode('idle');
      returnFocusTo('co-treasurer');
      setDone('The co-treasurer passphrase is removed. It no longer opens the vault.');
    }
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
      <p className="saved" role="status">
        {done}
      </p>
      {mode === 'setting' ? (
        <SetCoTreasurerPassphrase
          replacing={slot !== undefined}
          onDetails={(next) => {
            onDetails(next);
            setMode('idle');
            setDone(slot === undefined ? 'The co-treasurer passphrase is added.' : 'The co-treasurer passphrase is replaced.');
            returnFocusTo('co-treasurer');
          }}
          onCancel={() => {
            setMode('idle');
            returnFocusTo('co-treasurer');
          }}
          onLocked={onLocked}
        />
      ) : null}
      {mode === 'removing' ? (
        <ConfirmRemoval
          onRemove={() => void remove()}
          onKeep={() => {
            setMode('idle');
            returnFocusTo('co-treasurer');
          }}
          busy={action.busy}
        >
          <Alert error={action.error} />
        </ConfirmRemoval>
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
  onRemove: () => void;
  onKeep: () => void;
  busy: boolean;
  children: ReactNode;
}

/** Removing a key is asked twice; the question takes focus so a keyboard user hears it. */
function ConfirmRemoval({ onRemove, onKeep, busy, children }: ConfirmRemovalProps) {
  const question = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="confirm" role="group" aria-labelledby="co-treasurer-remove-question">
      <p id="co-treasurer-remove-question" ref={question} tabIndex={-1}>
        Remove the co-treasurer passphrase? Whoever knows it will no longer be able to open the vault.
      </p>
      {children}
      <div className="actions">
        <button type="button" className="danger" onClick={onRemove} aria-disabled={busy}>
          Remove it
        </button>
        <button type="button" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}

interface SetCoTreasurerPassphraseProps {
  replacing: boolean;
  onDetails: (details: VaultDetails) => void;
  onCancel: () => void;
  onLocked: () => void;
}

function SetCoTreasurerPassphrase({ replacing, onDetails, onCancel, onLocked }: SetCoTreasurerPassphraseProps) {
  const action = useVaultAction(onLocked);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [confirmationError, setConfirmationError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMissing(passphrase === '');
    const mismatch = passphrase === '' ? null : confirmationProblem(passphrase, confirmation);
    setConfirmationError(mismatch);
    if (passphrase === '' || mismatch !== null) return;
    await action.run(async () => onDetails(await treasury.vault.setCoTreasurerPassphrase({ passphrase })));
  }

  const failure = action.error;
  const passphraseError = missing ? { message: 'Enter the co-treasurer passphrase.' } : failure?.code === 'WEAK_PASSPHRASE' ? failure : null;
  return (
    <form className="stack-tight" onSubmit={save} noValidate aria-busy={action.busy}>
      <p>Agree the passphrase with the co-treasurer in person. Do not send it by message or email.</p>
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
          setConfirmationError(null);
        }}
        passphraseError={passphraseError}
        confirmationError={confirmationError}
      />
      {failure !== null && failure.code !== 'WEAK_PASSPHRASE' ? <Alert error={failure} /> : null}
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
