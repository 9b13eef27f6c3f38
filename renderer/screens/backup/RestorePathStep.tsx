import { useState, type FormEvent } from 'react';
import type { Message } from '../../../shared/messages/message.ts';
import { PathField } from '../../components/PathField.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { useWords } from '../../language/words.tsx';

interface RestorePathStepProps {
  id: string;
  step: Message;
  title: string;
  intro: string;
  label: string;
  hint?: string;
  /** What to say when the field is left empty. */
  empty: Message;
  initial: string;
  onBack: () => void;
  onNext: (path: string) => void;
}

/** A step of the restore that asks for one folder: the backup, or where the restored vault goes. */
export function RestorePathStep({ id, step, title, intro, label, hint, empty, initial, onBack, onNext }: RestorePathStepProps) {
  const words = useWords();
  const [path, setPath] = useState(initial);
  const [problem, setProblem] = useState<Message | null>(null);

  function next(event: FormEvent) {
    event.preventDefault();
    if (path.trim() === '') setProblem(empty);
    else onNext(path.trim());
  }

  return (
    <form className="stack" onSubmit={next} noValidate>
      <StepHeading level={1} focusOnMount step={step}>
        {title}
      </StepHeading>
      <p>{intro}</p>
      <PathField
        id={id}
        label={label}
        {...(hint === undefined ? {} : { hint })}
        value={path}
        onChange={(event) => {
          setPath(event.target.value);
          setProblem(null);
        }}
        error={problem === null ? null : words.say(problem)}
      />
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('backupScreen.next')}
        </button>
        <button type="button" onClick={onBack}>
          {words.words('backupScreen.back')}
        </button>
      </div>
    </form>
  );
}
