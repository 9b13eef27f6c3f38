import { useState, type FormEvent } from 'react';
import type { VaultDetails } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ConfirmSecretField, confirmationError, confirmationOf } from '../../components/ConfirmSecretField.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { TotpNotice } from '../../components/TotpNotice.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useTotpEnrolmentStart } from '../../useTotpEnrolmentStart.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from './Section.tsx';

interface TotpSectionProps {
  details: VaultDetails;
  onChanged: () => Promise<void>;
  onLocked: () => void;
}

/** TOTP on or off, the backup codes left, and the way to turn it on (scan and confirm) or off (passphrase). */
export function TotpSection({ details, onChanged, onLocked }: TotpSectionProps) {
  const enrolment = useTotpEnrolmentStart();
  const [turningOff, setTurningOff] = useState(false);

  return (
    <Section id="totp" title="TOTP code at unlock">
      {details.totp.enrolled ? (
        <p>
          <strong>On.</strong> Unlocking asks for a code from your phone. {details.totp.backupCodesLeft} {details.totp.backupCodesLeft === 1 ? 'backup code is' : 'backup codes are'} left.
        </p>
      ) : (
        <p>
          <strong>Off.</strong> The passphrase alone opens the app.
        </p>
      )}
      <TotpNotice />
      {details.totp.enrolled ? (
        turningOff ? (
          <TurnOffTotp
            unlockedWith={details.unlockedWith}
            onDone={async () => {
              setTurningOff(false);
              await onChanged();
              returnFocusTo('totp');
            }}
            onCancel={() => {
              setTurningOff(false);
              returnFocusTo('totp');
            }}
            onLocked={onLocked}
          />
        ) : (
          <div className="actions">
            <button type="button" onClick={() => setTurningOff(true)}>
              Turn off TOTP
            </button>
          </div>
        )
      ) : enrolment.pending === null ? (
        <>
          <Alert error={enrolment.error} />
          <div className="actions">
            <button type="button" onClick={() => void enrolment.start()} aria-disabled={enrolment.busy}>
              Set up TOTP
            </button>
          </div>
        </>
      ) : (
        <TotpEnrolment
          secret={enrolment.pending.secret}
          otpauthUri={enrolment.pending.otpauthUri}
          headingLevel={3}
          onFinished={() => {
            enrolment.cancel();
            void onChanged().then(() => returnFocusTo('totp'));
          }}
          onCancel={() => {
            enrolment.cancel();
            returnFocusTo('totp');
          }}
        />
      )}
    </Section>
  );
}

interface TurnOffTotpProps {
  unlockedWith: VaultDetails['unlockedWith'];
  onDone: () => Promise<void>;
  onCancel: () => void;
  onLocked: () => void;
}

/** Turning TOTP off asks for the passphrase (or recovery code) again, so an unattended open app cannot be stripped of it. */
function TurnOffTotp({ unlockedWith, onDone, onCancel, onLocked }: TurnOffTotpProps) {
  const action = useVaultAction(onLocked);
  const [secret, setSecret] = useState('');
  const field = useFocusOnMount<HTMLInputElement>();

  async function turnOff(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    if (await action.run(() => treasury.totp.disable(confirmationOf(unlockedWith, secret)).then(() => undefined))) await onDone();
  }

  const fieldError = confirmationError(action.error);
  return (
    <form className="stack-tight" onSubmit={turnOff} noValidate>
      <ConfirmSecretField id="totp-off-passphrase" unlockedWith={unlockedWith} ref={field} value={secret} onChange={setSecret} error={fieldError} />
      {fieldError === null ? <Alert error={action.error} /> : null}
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={action.busy}>
          Turn off TOTP
        </button>
        <button type="button" onClick={onCancel}>
          Keep it on
        </button>
      </div>
    </form>
  );
}
