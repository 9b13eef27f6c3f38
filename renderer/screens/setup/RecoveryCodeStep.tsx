import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field.tsx';
import { Heading } from '../../components/Heading.tsx';
import { RecoveryCodeGroups } from '../../components/RecoveryCodeGroups.tsx';
import { groupsToCheck, recoveryCodeGroups, sameGroup } from './recoveryCodeCheck.ts';
import { stepOf } from './SetupProgress.tsx';

/** Step 3: the recovery code, shown this once, then two of its groups typed back from the paper. */
export function RecoveryCodeStep({ recoveryCode, onWrittenDown }: { recoveryCode: string; onWrittenDown: () => void }) {
  const [phase, setPhase] = useState<'show' | 'check'>('show');
  const groups = recoveryCodeGroups(recoveryCode);
  if (phase === 'show') return <ShowRecoveryCode groups={groups} onNext={() => setPhase('check')} />;
  return <CheckRecoveryCode groups={groups} onShowAgain={() => setPhase('show')} onChecked={onWrittenDown} />;
}

function ShowRecoveryCode({ groups, onNext }: { groups: string[]; onNext: () => void }) {
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <Heading level={1} focusOnMount>
        <span className="step-of">{stepOf('recovery-code')}</span> Write down the recovery code
      </Heading>
      <p>The vault is created. If the passphrase is ever forgotten, this code is the only other way in. Write it on paper now and keep the paper somewhere safe, away from this laptop.</p>
      <RecoveryCodeGroups groups={groups} />
      <p className="notice">
        <strong>It is shown only this once.</strong> Do not photograph it or save it on this laptop: anyone holding it can open the vault.
      </p>
      <div className="actions">
        <button type="submit" className="primary">
          I have written it down
        </button>
      </div>
    </form>
  );
}

interface CheckRecoveryCodeProps {
  groups: string[];
  onShowAgain: () => void;
  onChecked: () => void;
}

function CheckRecoveryCode({ groups, onShowAgain, onChecked }: CheckRecoveryCodeProps) {
  const asked = groupsToCheck(groups.length);
  const [typed, setTyped] = useState<string[]>(asked.map(() => ''));
  const [errors, setErrors] = useState<(string | null)[]>(asked.map(() => null));

  function check(event: FormEvent) {
    event.preventDefault();
    const found = asked.map((groupIndex, position) => {
      const expected = groups[groupIndex] ?? '';
      if ((typed[position] ?? '').trim() === '') return `Type group ${groupIndex + 1} from your paper.`;
      return sameGroup(typed[position] ?? '', expected) ? null : `That is not group ${groupIndex + 1}. Check your paper, or show the code again.`;
    });
    setErrors(found);
    if (found.every((problem) => problem === null)) onChecked();
  }

  return (
    <form className="stack" onSubmit={check} noValidate>
      <Heading level={1} focusOnMount>
        <span className="step-of">{stepOf('recovery-code')}</span> Check what you wrote down
      </Heading>
      <p>The code is hidden now. Copy two of its groups back from your paper, to make sure it can be read later.</p>
      <div className="field-row">
        {asked.map((groupIndex, position) => (
          <Field
            key={groupIndex}
            id={`recovery-group-${groupIndex + 1}`}
            label={`Group ${groupIndex + 1}`}
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
            error={errors[position] ?? null}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Check and continue
        </button>
        <button type="button" onClick={onShowAgain}>
          Show the code again
        </button>
      </div>
    </form>
  );
}
