import type { ComponentProps } from 'react';
import type { Message } from '../../shared/messages/message.ts';
import { useWords } from '../language/words.tsx';
import { Heading } from './Heading.tsx';

/** A wizard step's heading: where the step stands ("Step 2 of 5") above its title, read out together when focus lands on it. */
export function StepHeading({ step, children, ...heading }: ComponentProps<typeof Heading> & { step: Message }) {
  const words = useWords();
  return (
    <Heading {...heading}>
      <span className="step-of">{words.say(step)}</span> {children}
    </Heading>
  );
}
