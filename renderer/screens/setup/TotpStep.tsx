import type { Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { TotpEnrolment } from '../../components/TotpEnrolment.tsx';
import { TotpNotice } from '../../components/TotpNotice.tsx';
import { useWords } from '../../language/words.tsx';
import { useTotpEnrolmentStart } from '../../useTotpEnrolmentStart.ts';

/**
 * TOTP for a new vault, recommended but optional; it can be turned on later from the vault screen.
 * `step` says where it is in its wizard ("Step 5 of 5"): setup's, or a received handover's.
 */
export function TotpStep({ step, onFinished }: { step: Message; onFinished: () => void }) {
  const words = useWords();
  const enrolment = useTotpEnrolmentStart();
  return (
    <div className="stack">
      <StepHeading level={1} focusOnMount id="totp-step-title" step={step}>
        {words.words('setup.totp.title')}
      </StepHeading>
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
