import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Heading } from '../../components/Heading.tsx';
import { WaitNotice } from '../../components/WaitNotice.tsx';
import { treasury } from '../../treasury.ts';
import type { Countdown } from '../../useCountdown.ts';
import { useUnlockAttempt } from './useUnlockAttempt.ts';
import { useWords } from '../../language/words.tsx';

interface TotpGateFormProps {
  countdown: Countdown;
  onPassed: () => void;
}

const codeProblems = new Set(['TOTP_INVALID', 'UNLOCK_BACKOFF', 'INVALID_INPUT']);

/** The second step of unlocking when TOTP is on: a six-digit code, or one of the backup codes. */
export function TotpGateForm({ countdown, onPassed }: TotpGateFormProps) {
  const words = useWords();
  const [code, setCode] = useState('');
  const { error, busy, waiting, field, attemptOnSubmit } = useUnlockAttempt(countdown);

  const confirm = attemptOnSubmit(async () => {
    await treasury.vault.confirmTotp({ code });
    onPassed();
  });

  const fieldError = error !== null && codeProblems.has(error.code) ? words.say(error.reason) : null;
  return (
    <form className="stack" onSubmit={confirm} noValidate aria-busy={busy}>
      <Heading level={1}>{words.words('unlock.totp.title')}</Heading>
      <p>{words.words('unlock.totp.intro')}</p>
      <Field
        ref={field}
        id="unlock-totp-code"
        label={words.words('unlock.totp.codeLabel')}
        hint={words.words('unlock.totp.codeHint')}
        className="field-medium"
        inputMode="text"
        autoComplete="one-time-code"
        spellCheck={false}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldError}
      />
      {fieldError === null ? <Alert error={error} /> : null}
      <WaitNotice id="totp-wait" secondsLeft={countdown.secondsLeft} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || waiting} aria-describedby={waiting ? 'totp-wait' : undefined}>
          {words.words('unlock.unlock')}
        </button>
        <button type="button" onClick={() => void treasury.vault.lock({ reason: 'manual' })}>
          {words.words('unlock.totp.back')}
        </button>
      </div>
    </form>
  );
}
