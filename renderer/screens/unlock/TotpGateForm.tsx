import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Heading } from '../../components/Heading.tsx';
import { WaitNotice } from '../../components/WaitNotice.tsx';
import { treasury } from '../../treasury.ts';
import type { Countdown } from '../../useCountdown.ts';
import { useUnlockAttempt } from './useUnlockAttempt.ts';

interface TotpGateFormProps {
  countdown: Countdown;
  onPassed: () => void;
}

const codeProblems = new Set(['TOTP_INVALID', 'UNLOCK_BACKOFF', 'INVALID_INPUT']);

/** The second step of unlocking when TOTP is on: a six-digit code, or one of the backup codes. */
export function TotpGateForm({ countdown, onPassed }: TotpGateFormProps) {
  const [code, setCode] = useState('');
  const { error, busy, waiting, field, attemptOnSubmit } = useUnlockAttempt(countdown);

  const confirm = attemptOnSubmit(async () => {
    await treasury.vault.confirmTotp({ code });
    onPassed();
  });

  const fieldError = error !== null && codeProblems.has(error.code) ? error.message : null;
  return (
    <form className="stack" onSubmit={confirm} noValidate aria-busy={busy}>
      <Heading level={1}>Enter the code from your phone</Heading>
      <p>The passphrase was right. Now open your authenticator app and type the code it shows for Mutual Ledger.</p>
      <Field
        ref={field}
        id="unlock-totp-code"
        label="Six-digit code, or a backup code"
        hint="Lost the phone? Type one of the backup codes you saved instead. Each backup code works once."
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
          Unlock
        </button>
        <button type="button" onClick={() => void treasury.vault.lock({ reason: 'manual' })}>
          Back to the passphrase
        </button>
      </div>
    </form>
  );
}
