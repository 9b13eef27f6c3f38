import { say, type Message } from '../../../shared/messages/message.ts';
import { StepsProgress, stepOfSteps } from '../../components/StepsProgress.tsx';
import { useWords } from '../../language/words.tsx';

const steps = [
  { kind: 'folder', label: say('setup.steps.folder') },
  { kind: 'passphrase', label: say('setup.steps.passphrase') },
  { kind: 'recovery-code', label: say('setup.steps.recoveryCode') },
  { kind: 'retention', label: say('retentionScreen.setup.step') },
  { kind: 'totp', label: say('setup.steps.totp') },
] as const;

type StepKind = (typeof steps)[number]['kind'];

/** Where the treasurer is in the setup steps. */
export function SetupProgress({ current }: { current: StepKind }) {
  const words = useWords();
  return <StepsProgress label={words.words('setup.steps.label')} steps={steps} current={current} />;
}

/** "Step 2 of 5", for the heading of each step. */
export function stepOf(kind: StepKind): Message {
  return stepOfSteps(steps, kind);
}
