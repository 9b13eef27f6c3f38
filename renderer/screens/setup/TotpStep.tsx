import { Alert } from '../../components/Alert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { TotpNotice } from '../../components/TotpNotice.tsx';
import { useTotpEnrolmentStart } from '../../useTotpEnrolmentStart.ts';
import { stepOf } from './SetupProgress.tsx';

/** Step 4: TOTP, recommended but optional; it can be turned on later from the vault screen. */
export function TotpStep({ onFinished }: { onFinished: () => void }) {
  const enrolment = useTotpEnrolmentStart();
  return (
    <div className="stack">
      <Heading level={1} focusOnMount id="totp-step-title">
        <span className="step-of">{stepOf('totp')}</span> Ask for a code from your phone (recommended)
      </Heading>
      <p>
        With TOTP on, opening the app takes the passphrase and a six-digit code from an authenticator app on your phone. Someone who saw you type the passphrase still cannot open the app on this
        laptop. You can also turn it on later, from the vault screen.
      </p>
      <TotpNotice />
      {enrolment.pending === null ? (
        <>
          <Alert error={enrolment.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void enrolment.start()} aria-disabled={enrolment.busy}>
              Set up TOTP
            </button>
            <button type="button" onClick={onFinished}>
              Skip for now
            </button>
          </div>
        </>
      ) : (
        <TotpEnrolment
          secret={enrolment.pending.secret}
          otpauthUri={enrolment.pending.otpauthUri}
          headingLevel={2}
          onFinished={onFinished}
          onCancel={() => {
            enrolment.cancel();
            // The enrolment form is gone; start the keyboard again at the top of this step.
            document.getElementById('totp-step-title')?.focus();
          }}
        />
      )}
    </div>
  );
}
