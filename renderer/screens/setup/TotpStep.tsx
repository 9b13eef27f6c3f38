import { Alert } from '../../components/Alert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { TotpNotice } from '../../components/TotpNotice.tsx';
import { useWords } from '../../language/words.tsx';
import { useTotpEnrolmentStart } from '../../useTotpEnrolmentStart.ts';
import { stepOf } from './SetupProgress.tsx';

/** Step 5: TOTP, recommended but optional; it can be turned on later from the vault screen. */
export function TotpStep({ onFinished }: { onFinished: () => void }) {
  const words = useWords();
  const enrolment = useTotpEnrolmentStart();
  return (
    <div className="stack">
      <Heading level={1} focusOnMount id="totp-step-title">
        <span className="step-of">{words.say(stepOf('totp'))}</span> {words.words('setup.totp.title')}
      </Heading>
      <p>{words.words('setup.totp.whatItDoes')}</p>
      <p>{words.words('setup.totp.why')}</p>
      <p>{words.words('setup.totp.later')}</p>
      <TotpNotice />
      {enrolment.pending === null ? (
        <>
          <Alert error={enrolment.error} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void enrolment.start()} aria-disabled={enrolment.busy}>
              {words.words('setup.totp.setUp')}
            </button>
            <button type="button" onClick={onFinished}>
              {words.words('setup.totp.skip')}
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
