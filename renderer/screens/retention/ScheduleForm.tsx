import { useEffect, useState, type FormEvent } from 'react';
import { retentionPolicies, type RetentionAges, type RetentionOverview, type RetentionPolicy } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { fieldProblems } from './fieldProblems.ts';
import { policyName } from './policyWords.ts';

interface ScheduleFormProps {
  /** The ages the fields start with. */
  ages: RetentionAges;
  /** How many changes were recorded before: a save that records none changed nothing. */
  changesSoFar: number;
  onSaved: (overview: RetentionOverview, changed: boolean) => void;
  onCancel: () => void;
  onLocked: () => void;
}

const fieldId = (policy: RetentionPolicy) => `retention-age-${policy}`;

/** The five ages as the treasurer writes them (90d, 12m, 2y, never); the core checks them and says what is wrong under each field. */
export function ScheduleForm({ ages, changesSoFar, onSaved, onCancel, onLocked }: ScheduleFormProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [typed, setTyped] = useState<RetentionAges>(ages);
  const first = useFocusOnMount<HTMLInputElement>();
  const form = useEscapeCloses(onCancel);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    let next: RetentionOverview | undefined;
    await action.run(async () => {
      next = await treasury.retention.set(typed);
    });
    if (next !== undefined) onSaved(next, next.changes.length > changesSoFar);
  }

  const problems = fieldProblems(action.error);
  const firstWrong = retentionPolicies.find((policy) => problems[policy] !== undefined);
  // A refused age: the cursor goes to the first field to put right.
  useEffect(() => {
    if (firstWrong !== undefined) document.getElementById(fieldId(firstWrong))?.focus();
  }, [firstWrong, action.error]);

  return (
    <form ref={form} className="stack-tight schedule-form" aria-labelledby="retention-form-title" onSubmit={(event) => void save(event)} noValidate aria-busy={action.busy}>
      <h3 id="retention-form-title">{words.words('retentionScreen.form.title')}</h3>
      <p id="retention-age-format">{words.words('retentionScreen.form.format')}</p>
      <div className="age-fields">
        {retentionPolicies.map((policy, index) => {
          const problem = problems[policy];
          return (
            <Field
              key={policy}
              ref={index === 0 ? first : undefined}
              id={fieldId(policy)}
              label={words.words('retentionScreen.form.label', { kind: policyName[policy] })}
              describedBy="retention-age-format"
              className="field-short"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              value={typed[policy]}
              onChange={(event) => {
                const value = event.target.value;
                setTyped((current) => ({ ...current, [policy]: value }));
              }}
              error={problem === undefined ? null : words.say(problem)}
            />
          );
        })}
      </div>
      <p className="hint">{words.words('retentionScreen.form.shorterWarning')}</p>
      {firstWrong === undefined ? <Alert error={action.error} /> : null}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {action.busy ? words.words('retentionScreen.form.saving') : words.words('retentionScreen.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {words.words('components.cancel')}
        </button>
      </div>
    </form>
  );
}
