import type { ReactNode } from 'react';
import { useWords } from '../../language/words.tsx';

interface StepSectionProps {
  /** The section's id; its heading is `${id}-title`, where focus goes when the step has news. */
  id: string;
  number: number;
  title: string;
  className?: string;
  children: ReactNode;
}

/**
 * One numbered step of importing, as a card labelled by its heading. The number is seen in a circle
 * and heard as "Step 2:", so the steps read in order either way.
 */
export function StepSection({ id, number, title, className, children }: StepSectionProps) {
  const words = useWords();
  return (
    <section id={id} className={className === undefined ? 'card import-step' : `card import-step ${className}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading import-step-title" tabIndex={-1}>
        <span className="step-number" aria-hidden="true">
          {number}
        </span>
        <span className="visually-hidden">{words.words('importScreen.stepNumber', { number })} </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
