import { useState } from 'react';
import type { Output } from '../../../shared/contract/index.ts';
import { StepsProgress } from '../../components/StepsProgress.tsx';
import { useWords } from '../../language/words.tsx';
import { RecoveryCodeStep } from '../setup/RecoveryCodeStep.tsx';
import { TotpStep } from '../setup/TotpStep.tsx';
import { ReceivedStep } from './ReceivedStep.tsx';
import { ReceiveFileStep } from './ReceiveFileStep.tsx';
import { ReceivingKeyStep, type ReceivingLock } from './ReceivingKeyStep.tsx';
import { receiveStepOf, receiveSteps } from './receiveSteps.ts';

type Received = Output<'handover.receive'>;

type Step =
  | { kind: 'key'; lock: ReceivingLock['key'] }
  | { kind: 'file'; lock: ReceivingLock }
  | { kind: 'recovery-code'; received: Received }
  | { kind: 'read-back'; received: Received }
  | { kind: 'totp' };

interface ReceiveHandoverScreenProps {
  /** The folder offered for the new vault: the one suggested on the first screen, or typed there. */
  initialVaultDir: string;
  /** Back to the first screen, to create a vault instead. */
  onBack: () => void;
  /** The received vault is open: show it. */
  onFinished: () => void;
}

/**
 * First run for a treasurer taking over: the key the outgoing treasurer locks the file to (or their
 * passphrase), the file made into a new vault with this treasurer's own passphrase, its recovery code,
 * the figures to read back to the outgoing treasurer, and TOTP. The retention schedule comes with the
 * vault, so it is not asked again.
 */
export function ReceiveHandoverScreen({ initialVaultDir, onBack, onFinished }: ReceiveHandoverScreenProps) {
  const words = useWords();
  const [step, setStep] = useState<Step>({ kind: 'key', lock: 'identity' });
  return (
    <div className="screen handover-screen">
      <StepsProgress label={words.words('handoverScreen.receive.stepsLabel')} steps={receiveSteps} current={step.kind} />
      {step.kind === 'key' ? <ReceivingKeyStep preferred={step.lock} onBack={onBack} onChosen={(lock) => setStep({ kind: 'file', lock })} /> : null}
      {step.kind === 'file' ? (
        <ReceiveFileStep
          lock={step.lock}
          initialVaultDir={initialVaultDir}
          onBack={() => setStep({ kind: 'key', lock: step.lock.key })}
          onReceived={(received) => setStep({ kind: 'recovery-code', received })}
        />
      ) : null}
      {step.kind === 'recovery-code' ? (
        <RecoveryCodeStep recoveryCode={step.received.recoveryCode} step={receiveStepOf('recovery-code')} onWrittenDown={() => setStep({ kind: 'read-back', received: step.received })} />
      ) : null}
      {step.kind === 'read-back' ? <ReceivedStep received={step.received} onNext={() => setStep({ kind: 'totp' })} /> : null}
      {step.kind === 'totp' ? <TotpStep step={receiveStepOf('totp')} onFinished={onFinished} /> : null}
    </div>
  );
}
