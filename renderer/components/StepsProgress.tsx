import { say, type Message } from '../../shared/messages/message.ts';
import { useWords } from '../language/words.tsx';

/** One step of a wizard, as its progress list names it. */
export interface WizardStep<K extends string> {
  kind: K;
  label: Message;
}

interface StepsProgressProps<K extends string> {
  /** What the list is, for screen readers ("Setup steps"). */
  label: string;
  steps: readonly WizardStep<K>[];
  current: K;
}

/** Where the treasurer is in a wizard's steps, so nobody wonders how much is left. */
export function StepsProgress<K extends string>({ label, steps, current }: StepsProgressProps<K>) {
  const words = useWords();
  const currentIndex = steps.findIndex((step) => step.kind === current);
  return (
    <nav aria-label={label}>
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
export function stepOfSteps<K extends string>(steps: readonly WizardStep<K>[], kind: K): Message {
  return say('setup.stepOf', { number: steps.findIndex((step) => step.kind === kind) + 1, total: steps.length });
}
