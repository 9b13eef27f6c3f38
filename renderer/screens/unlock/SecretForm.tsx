import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { PassphraseField } from '../../components/PassphraseField.tsx';
import { Heading } from '../../components/Heading.tsx';
import { WaitNotice } from '../../components/WaitNotice.tsx';
import { treasury } from '../../treasury.ts';
import type { Countdown } from '../../useCountdown.ts';
import { useUnlockAttempt } from './useUnlockAttempt.ts';
import { useWords } from '../../language/words.tsx';
import type { Message } from '../../../shared/messages/message.ts';

interface SecretFormProps {
  vaultDir: string;
  lockedBecause: Message | null;
  countdown: Countdown;
  onPassed: (state: 'unlocked' | 'awaiting-totp') => void;
}

/** Why a failure belongs under the secret field rather than in a general alert. */
const secretProblems = new Set(['WRONG_SECRET', 'UNLOCK_BACKOFF', 'INVALID_INPUT']);

/** The first step of unlocking: the passphrase, or the recovery code written down at setup. */
export function SecretForm({ vaultDir, lockedBecause, countdown, onPassed }: SecretFormProps) {
  const words = useWords();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [secret, setSecret] = useState('');
  // The secret leaves the screen's state once the unlock call returns, unlocked or refused: nothing of it is kept to be read later.
  const { error, setError, busy, waiting, field, attemptOnSubmit } = useUnlockAttempt(countdown, () => setSecret(''));

  const unlock = attemptOnSubmit(async () => {
    const { state } = await treasury.vault.unlock(useRecoveryCode ? { recoveryCode: secret } : { passphrase: secret });
    onPassed(state);
  });

  function switchSecret() {
    setUseRecoveryCode((current) => !current);
    setSecret('');
    setError(null);
    field.current?.focus();
  }

  const fieldError = error !== null && secretProblems.has(error.code) ? words.say(error.reason) : null;
  return (
    <form className="stack" onSubmit={unlock} noValidate aria-busy={busy}>
      <Heading level={1}>{words.words('unlock.title')}</Heading>
      {lockedBecause === null ? null : <p className="lock-reason">{words.say(lockedBecause)}</p>}
      <p className="quiet">
        {words.words('unlock.vaultFolder')} <code className="path">{vaultDir}</code>
      </p>
      <PassphraseField
        ref={field}
        id="unlock-secret"
        recoveryCode={useRecoveryCode}
        label={useRecoveryCode ? words.words('unlock.recoveryCodeLabel') : words.words('unlock.passphraseLabel')}
        hint={useRecoveryCode ? words.words('unlock.recoveryCodeHint') : undefined}
        className={useRecoveryCode ? 'field-wide' : undefined}
        autoComplete={useRecoveryCode ? 'off' : 'current-password'}
        autoCapitalize={useRecoveryCode ? 'characters' : 'off'}
        value={secret}
        onChange={(event) => setSecret(event.target.value)}
        error={fieldError}
      />
      {fieldError === null ? <Alert error={error} /> : null}
      {busy ? (
        <p className="busy" role="status">
          {words.words('unlock.unlocking')}
        </p>
      ) : null}
      <WaitNotice id="unlock-wait" secondsLeft={countdown.secondsLeft} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || waiting} aria-describedby={waiting ? 'unlock-wait' : undefined}>
          {words.words('unlock.unlock')}
        </button>
        <button type="button" className="link-button" onClick={switchSecret}>
          {useRecoveryCode ? words.words('unlock.usePassphrase') : words.words('unlock.useRecoveryCode')}
        </button>
      </div>
    </form>
  );
}
