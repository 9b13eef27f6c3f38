import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CategoryRule } from '../../../shared/contract/index.ts';
import { categoryLabel } from '../../../shared/messages/ledgerWords.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { fieldProblems } from '../retention/fieldProblems.ts';

interface RuleFormProps {
  categories: string[];
  onAdded: (rule: CategoryRule) => Promise<void>;
  onLocked: () => void;
}

type Direction = '' | 'in' | 'out';

/** Adds a category rule at the end of the order: the words, the category, and whether it is for money in, out or either. */
export function RuleForm({ categories, onAdded, onLocked }: RuleFormProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [contains, setContains] = useState('');
  const [category, setCategory] = useState(() => categories[0] ?? '');
  const [direction, setDirection] = useState<Direction>('');
  const wordsField = useRef<HTMLInputElement>(null);

  const problems = fieldProblems(action.error);
  const wordsProblem = problems.contains;
  const categoryProblem = problems.category;
  useEffect(() => {
    if (wordsProblem !== undefined) wordsField.current?.focus();
  }, [wordsProblem, action.error]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    let added: CategoryRule | undefined;
    await action.run(async () => {
      added = await treasury.rules.add({ contains, category, direction: direction === '' ? undefined : direction });
    });
    if (added === undefined) return;
    await onAdded(added);
    setContains('');
    wordsField.current?.focus();
  }

  return (
    <form className="import-rule-form stack-tight" aria-labelledby="import-rule-form-title" onSubmit={(event) => void add(event)} noValidate aria-busy={action.busy}>
      <h3 id="import-rule-form-title">{words.words('importScreen.rules.addTitle')}</h3>
      <div className="inline-form">
        <Field
          ref={wordsField}
          id="rule-contains"
          label={words.words('importScreen.rules.contains')}
          autoComplete="off"
          value={contains}
          onChange={(event) => setContains(event.target.value)}
          error={wordsProblem === undefined ? null : words.say(wordsProblem)}
        />
        <SelectField
          id="rule-category"
          label={words.words('importScreen.rules.category')}
          value={category}
          error={categoryProblem === undefined ? null : words.say(categoryProblem)}
          onChange={(event) => setCategory(event.target.value)}
        >
          {categories.map((name) => (
            <option key={name} value={name}>
              {categoryLabel(words, name)}
            </option>
          ))}
        </SelectField>
        <SelectField id="rule-direction" label={words.words('importScreen.rules.direction')} value={direction} onChange={(event) => setDirection(event.target.value as Direction)}>
          <option value="">{words.words('importScreen.rules.either')}</option>
          <option value="in">{words.words('importScreen.rules.inOnly')}</option>
          <option value="out">{words.words('importScreen.rules.outOnly')}</option>
        </SelectField>
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {words.words('importScreen.rules.add')}
        </button>
      </div>
      {wordsProblem === undefined && categoryProblem === undefined ? <Alert error={action.error} /> : null}
    </form>
  );
}
