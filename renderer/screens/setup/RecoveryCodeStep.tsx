import { useState, type FormEvent } from 'react';
import { say, type Message } from '../../../shared/messages/message.ts';
import { Field } from '../../components/Field.tsx';
import { NextStepForm } from '../../components/NextStepForm.tsx';
import { StepHeading } from '../../components/StepHeading.tsx';
import { RecoveryCodeGroups } from '../../components/RecoveryCodeGroups.tsx';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { useWords } from '../../language/words.tsx';
import { groupsToCheck, recoveryCodeGroups, sameGroup } from './recoveryCodeCheck.ts';

interface RecoveryCodeStepProps {
  recoveryCode: string;
  /** Where this step is in its wizard ("Step 3 of 5"): setup's, or a received handover's. */
  step: Message;
  onWrittenDown: () => void;
}

/** The recovery code of a new vault, shown this once, then two of its groups typed back from the paper. */
export function RecoveryCodeStep({ recoveryCode, step, onWrittenDown }: RecoveryCodeStepProps) {
  const [phase, setPhase] = useState<'show' | 'check'>('show');
  const groups = recoveryCodeGroups(recoveryCode);
  if (phase === 'show') return <ShowRecoveryCode groups={groups} step={step} onNext={() => setPhase('check')} />;
  return <CheckRecoveryCode groups={groups} step={step} onShowAgain={() => setPhase('show')} onChecked={onWrittenDown} />;
}

function ShowRecoveryCode({ groups, step, onNext }: { groups: string[]; step: Message; onNext: () => void }) {
  const words = useWords();
  return (
    <NextStepForm onNext={onNext}>
      <StepHeading level={1} focusOnMount step={step}>
        {words.words('setup.recoveryCode.title')}
      </StepHeading>
      <p>{words.words('setup.recoveryCode.whatItIs')}</p>
      <p>{words.words('setup.recoveryCode.writeItDown')}</p>
      <RecoveryCodeGroups groups={groups} />
      <p className="notice">
        <strong>{words.words('setup.recoveryCode.shownOnce')}</strong> {words.words('setup.recoveryCode.doNotPhotograph')}
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('setup.recoveryCode.writtenDown')}
        </button>
      </div>
      <TechnicalDetails>
        <p>{words.words('setup.recoveryCode.details')}</p>
      </TechnicalDetails>
    </NextStepForm>
  );
}

interface CheckRecoveryCodeProps {
  groups: string[];
  step: Message;
  onShowAgain: () => void;
  onChecked: () => void;
}

function CheckRecoveryCode({ groups, step, onShowAgain, onChecked }: CheckRecoveryCodeProps) {
  const words = useWords();
  const asked = groupsToCheck(groups.length);
  const [typed, setTyped] = useState<string[]>(asked.map(() => ''));
  const [errors, setErrors] = useState<(Message | null)[]>(asked.map(() => null));

  function check(event: FormEvent) {
    event.preventDefault();
    const found = asked.map((groupIndex, position) => {
      const expected = groups[groupIndex] ?? '';
      if ((typed[position] ?? '').trim() === '') return say('setup.recoveryCheck.typeGroup', { number: groupIndex + 1 });
      return sameGroup(typed[position] ?? '', expected) ? null : say('setup.recoveryCheck.wrongGroup', { number: groupIndex + 1 });
    });
    setErrors(found);
    if (found.every((problem) => problem === null)) onChecked();
  }

  return (
    <form className="stack" onSubmit={check} noValidate>
      <StepHeading level={1} focusOnMount step={step}>
        {words.words('setup.recoveryCheck.title')}
      </StepHeading>
      <p>{words.words('setup.recoveryCheck.intro')}</p>
      <div className="field-row">
        {asked.map((groupIndex, position) => {
          const problem = errors[position] ?? null;
          return (
            <Field
              key={groupIndex}
              id={`recovery-group-${groupIndex + 1}`}
              label={words.words('components.recoveryCode.group', { number: groupIndex + 1 })}
              className="field-short"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              value={typed[position] ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                setTyped((current) => current.map((old, index) => (index === position ? value : old)));
                setErrors((current) => current.map((old, index) => (index === position ? null : old)));
              }}
              error={problem === null ? null : words.say(problem)}
            />
          );
        })}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {words.words('setup.recoveryCheck.checkAndContinue')}
        </button>
        <button type="button" onClick={onShowAgain}>
          {words.words('setup.recoveryCheck.showAgain')}
        </button>
      </div>
    </form>
  );
}
