import { say, type Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

const steps = [
  { kind: 'folder', label: say('setup.steps.folder') },
  { kind: 'passphrase', label: say('setup.steps.passphrase') },
  { kind: 'recovery-code', label: say('setup.steps.recoveryCode') },
  { kind: 'retention', label: say('retentionScreen.setup.step') },
  { kind: 'totp', label: say('setup.steps.totp') },
] as const;

type StepKind = (typeof steps)[number]['kind'];

/** Where the treasurer is in the setup steps, so nobody wonders how much is left. */
export function SetupProgress({ current }: { current: StepKind }) {
  const words = useWords();
  const currentIndex = steps.findIndex((step) => step.kind === current);
  return (
    <nav aria-label={words.words('setup.steps.label')}>
      <ol className="setup-progress">
        {steps.map((step, index) => (
          <li key={step.kind} className={index < currentIndex ? 'done' : index === currentIndex ? 'current' : undefined} aria-current={index === currentIndex ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index < currentIndex ? '✓' : index + 1}
            </span>
            {words.say(step.label)}
            {index < currentIndex ? <span className="visually-hidden"> {words.words('setup.steps.done')}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** "Step 2 of 5", for the heading of each step. */
export function stepOf(kind: StepKind): Message {
  return say('setup.stepOf', { number: steps.findIndex((step) => step.kind === kind) + 1, total: steps.length });
}
