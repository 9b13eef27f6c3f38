import { useState, type FormEvent } from 'react';
import type { VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { autoLockMinutes, describeAutoLock } from '../../autoLockChoices.ts';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { Section } from './Section.tsx';
import { useWords } from '../../language/words.tsx';
import { say, type Message } from '../../../shared/messages/message.ts';

interface AutoLockSectionProps {
  details: VaultDetails;
  onDetails: (details: VaultDetails) => void;
  onLocked: () => void;
}

/**
 * How long the app may sit idle before it locks itself. A shorter time is saved as soon as it is
 * chosen; a longer one asks for the passphrase first, so someone who finds the app open cannot keep it open.
 */
export function AutoLockSection({ details, onDetails, onLocked }: AutoLockSectionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [saved, setSaved] = useState<Message | null>(null);
  const [longer, setLonger] = useState<number | null>(null);
  const [secret, setSecret] = useState('');
  const choices = autoLockMinutes.map((minutes) => minutes * 60);
  // A time set elsewhere (the CLI, a test) still shows as it is rather than as a wrong choice.
  const options = choices.includes(details.autoLockSeconds) ? choices : [details.autoLockSeconds, ...choices].sort((a, b) => a - b);

  async function save(seconds: number, withSecret: boolean) {
    setSaved(null);
    const done = await action.run(async () => onDetails(await treasury.vault.setAutoLock(withSecret ? { seconds, confirmWith: confirmationOf(details.unlockedWith, secret) } : { seconds })));
    if (done) {
      setLonger(null);
      setSecret('');
      setSaved(say('vaultScreen.autoLock.saved', { time: describeAutoLock(seconds) }));
    }
  }

  function choose(seconds: number) {
    action.clearError();
    if (seconds > details.autoLockSeconds) {
      setSaved(null);
      setLonger(seconds);
      return;
    }
    setLonger(null);
    void save(seconds, false);
  }

  function confirmLonger(event: FormEvent) {
    event.preventDefault();
    if (longer !== null && !action.busy) void save(longer, true);
  }

  const fieldError = confirmationError(action.error, words);
  return (
    <Section id="auto-lock" title={words.words('vaultScreen.autoLock.title')}>
      <p>{words.words('vaultScreen.autoLock.alsoLocks')}</p>
      <div className="field">
        <label htmlFor="auto-lock">{words.words('vaultScreen.autoLock.label')}</label>
        <select id="auto-lock" value={longer ?? details.autoLockSeconds} onChange={(event) => choose(Number(event.target.value))}>
          {options.map((seconds) => (
            <option key={seconds} value={seconds}>
              {words.say(describeAutoLock(seconds))}
            </option>
          ))}
        </select>
      </div>
      {longer === null ? null : (
        <form className="stack-tight" onSubmit={confirmLonger} noValidate aria-busy={action.busy}>
          <p>{words.words('vaultScreen.autoLock.longerAsks')}</p>
          <ConfirmSecretField
            id="auto-lock-confirm"
            unlockedWith={details.unlockedWith}
            value={secret}
            onChange={(value) => {
              setSecret(value);
              action.clearError();
            }}
            error={fieldError}
          />
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={action.busy}>
              {words.words('vaultScreen.autoLock.save', { time: describeAutoLock(longer) })}
            </button>
            <button
              type="button"
              onClick={() => {
                setLonger(null);
                setSecret('');
                action.clearError();
              }}
            >
              {words.words('vaultScreen.autoLock.keep', { time: describeAutoLock(details.autoLockSeconds) })}
            </button>
          </div>
        </form>
      )}
      <p className="saved" role="status">
        {saved === null ? null : words.say(saved)}
      </p>
      {fieldError === null ? <Alert error={action.error} /> : null}
    </Section>
  );
}
