import { useState, type FormEvent, type ReactNode } from 'react';
import type { KeyChange, KeySlotKind, VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { KeyChangeNotice } from '../../components/KeyChangeNotice.tsx';
import { confirmationProblem, NewPassphraseFields } from '../../components/NewPassphraseFields.tsx';
import { formatDateTime } from '../../../shared/messages/dates.ts';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';
import { say, type Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

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
  const words = useWords();
  const [mode, setMode] = useState<Mode>('idle');
  const [done, setDone] = useState<{ text: Message; change: KeyChange } | null>(null);
  const slot = details.keySlots.find((keySlot) => keySlot.kind === 'co-treasurer');

  function finished(text: Message, change: KeyChange) {
    onDetails(change.details);
    setMode('idle');
    setDone({ text, change });
    returnFocusTo('co-treasurer');
  }

  return (
    <Section id="co-treasurer" title={words.words('vaultScreen.coTreasurer.title')}>
      {slot === undefined ? (
        <p>{words.words('vaultScreen.coTreasurer.none')}</p>
      ) : (
        <p>
          <strong>{words.words('vaultScreen.coTreasurer.set')}</strong> {words.words('vaultScreen.coTreasurer.lastChanged', { when: formatDateTime(slot.updatedAt, words.language) })}
        </p>
      )}
      <div className="saved" role="status">
        {done === null ? null : (
          <>
            <p>{words.say(done.text)}</p>
            <KeyChangeNotice change={done.change} />
          </>
        )}
      </div>
      {mode === 'setting' ? (
        <SetCoTreasurerPassphrase
          replacing={slot !== undefined}
          unlockedWith={details.unlockedWith}
          onChanged={(change) => finished(slot === undefined ? say('vaultScreen.coTreasurer.added') : say('vaultScreen.coTreasurer.replaced'), change)}
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
          onRemoved={(change) => finished(say('vaultScreen.coTreasurer.removed'), change)}
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
            {slot === undefined ? words.words('vaultScreen.coTreasurer.add') : words.words('vaultScreen.coTreasurer.replace')}
          </button>
          {slot === undefined ? null : (
            <button
              type="button"
              onClick={() => {
                setDone(null);
                setMode('removing');
              }}
            >
              {words.words('vaultScreen.coTreasurer.remove')}
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
  const words = useWords();
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

  const fieldError = confirmationError(action.error, words);
  return (
    <form className="confirm stack-tight" aria-labelledby="co-treasurer-remove-question" onSubmit={remove} noValidate aria-busy={action.busy}>
      <p id="co-treasurer-remove-question" ref={question} tabIndex={-1}>
        {words.words('vaultScreen.coTreasurer.removeQuestion')}
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
      <Busy busy={action.busy}>{words.words('vaultScreen.changingKey')}</Busy>
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={action.busy}>
          {words.words('vaultScreen.coTreasurer.remove')}
        </button>
        <button type="button" onClick={onKeep}>
          {words.words('vaultScreen.coTreasurer.keep')}
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
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [secret, setSecret] = useState('');
  const [confirmationMismatch, setConfirmationMismatch] = useState<Message | null>(null);
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
  const passphraseError = missing ? { reason: say('vaultScreen.coTreasurer.enterPassphrase') } : failure?.code === 'WEAK_PASSPHRASE' ? failure : null;
  const secretError = secretMissing ? words.words('vaultScreen.enterSecretToConfirm') : confirmationError(failure, words);
  return (
    <form className="stack-tight" onSubmit={save} noValidate aria-busy={action.busy}>
      <p>{words.words('vaultScreen.coTreasurer.inPerson')}</p>
      {replacing ? <p>{words.words('vaultScreen.coTreasurer.replacingChangesKey')}</p> : null}
      <NewPassphraseFields
        id="co-treasurer-passphrase"
        label={replacing ? words.words('vaultScreen.coTreasurer.newLabel') : words.words('vaultScreen.coTreasurer.label')}
        confirmLabel={replacing ? words.words('vaultScreen.coTreasurer.newConfirmLabel') : words.words('vaultScreen.coTreasurer.confirmLabel')}
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
      <Busy busy={action.busy}>{replacing ? words.words('vaultScreen.changingKey') : words.words('vaultScreen.coTreasurer.adding')}</Busy>
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {replacing ? words.words('vaultScreen.coTreasurer.replaceSubmit') : words.words('vaultScreen.coTreasurer.addSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {words.words('components.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A quiet line while a slow change (Argon2id, a re-key) runs. */
function Busy({ busy, children }: { busy: boolean; children: ReactNode }) {
  return busy ? <p className="quiet">{children}</p> : null;
}
