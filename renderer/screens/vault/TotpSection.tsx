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
import { useWords } from '../../language/words.tsx';

interface TotpSectionProps {
  details: VaultDetails;
  onChanged: () => Promise<void>;
  onLocked: () => void;
}

/** TOTP on or off, the backup codes left, and the way to turn it on (scan and confirm) or off (passphrase). */
export function TotpSection({ details, onChanged, onLocked }: TotpSectionProps) {
  const words = useWords();
  const enrolment = useTotpEnrolmentStart();
  const [turningOff, setTurningOff] = useState(false);

  return (
    <Section id="totp" title={words.words('vaultScreen.totp.title')}>
      {details.totp.enrolled ? (
        <p>
          <strong>{words.words('vaultScreen.totp.on')}</strong> {words.words('vaultScreen.totp.onMeans', { count: details.totp.backupCodesLeft })}
        </p>
      ) : (
        <p>
          <strong>{words.words('vaultScreen.totp.off')}</strong> {words.words('vaultScreen.totp.offMeans')}
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
              {words.words('vaultScreen.totp.turnOff')}
            </button>
          </div>
        )
      ) : enrolment.pending === null ? (
        <>
          <Alert error={enrolment.error} />
          <div className="actions">
            <button type="button" onClick={() => void enrolment.start()} aria-disabled={enrolment.busy}>
              {words.words('vaultScreen.totp.setUp')}
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
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [secret, setSecret] = useState('');
  const field = useFocusOnMount<HTMLInputElement>();

  async function turnOff(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    if (await action.run(() => treasury.totp.disable(confirmationOf(unlockedWith, secret)).then(() => undefined))) await onDone();
  }

  const fieldError = confirmationError(action.error, words);
  return (
    <form className="stack-tight" onSubmit={turnOff} noValidate>
      <ConfirmSecretField id="totp-off-passphrase" unlockedWith={unlockedWith} ref={field} value={secret} onChange={setSecret} error={fieldError} />
      {fieldError === null ? <Alert error={action.error} /> : null}
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={action.busy}>
          {words.words('vaultScreen.totp.turnOff')}
        </button>
        <button type="button" onClick={onCancel}>
          {words.words('vaultScreen.totp.keepOn')}
        </button>
      </div>
    </form>
  );
}
