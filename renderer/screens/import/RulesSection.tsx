import { useState } from 'react';
import type { CategoryRule } from '../../../shared/contract/index.ts';
import { categoryLabel } from '../../../shared/messages/ledgerWords.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from '../vault/Section.tsx';
import { RuleForm } from './RuleForm.tsx';

interface RulesSectionProps {
  rules: CategoryRule[];
  categories: string[];
  /** A rule was added, moved or removed: the rules are read again and the preview worked out again. */
  onChanged: () => Promise<void>;
  onLocked: () => void;
}

/** A rule in words: "“groceries” → Food, money out only". */
function ruleText(words: Translator, rule: CategoryRule): string {
  return words.words('importScreen.rules.rule', { words: rule.contains, category: categoryLabel(words, rule.category), direction: rule.direction ?? 'either' });
}

/**
 * The category rules, in the order they are tried (the first that fits a row gives its category):
 * each can move up or down or go; a form adds one at the end. Every change is seen in the preview at once.
 */
export function RulesSection({ rules, categories, onChanged, onLocked }: RulesSectionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [done, setDone] = useState<Message | null>(null);

  async function change(work: () => Promise<unknown>, outcome: Message) {
    if (action.busy) return false;
    setDone(null);
    const changed = await action.run(async () => {
      await work();
    });
    if (!changed) return false;
    await onChanged();
    setDone(outcome);
    return true;
  }

  async function move(rule: CategoryRule, position: number) {
    if (position < 1 || position > rules.length) return;
    await change(() => treasury.rules.move({ id: rule.id, position }), say('importScreen.rules.moved', { words: rule.contains, position, count: rules.length }));
  }

  async function remove(rule: CategoryRule) {
    if (await change(() => treasury.rules.remove({ id: rule.id }), say('importScreen.rules.removed', { words: rule.contains }))) returnFocusTo('import-rules');
  }

  return (
    <Section id="import-rules" title={words.words('importScreen.rules.title')}>
      <p>{words.words('importScreen.rules.intro')}</p>
      {rules.length === 0 ? (
        <p className="quiet">{words.words('importScreen.rules.none')}</p>
      ) : (
        <ol className="import-rules" aria-labelledby="import-rules-title">
          {rules.map((rule, index) => {
            const text = ruleText(words, rule);
            const first = index === 0;
            const last = index === rules.length - 1;
            return (
              <li key={rule.id}>
                <span className="import-rule-text">
                  {/* The list is ordered for a screen reader already; the number is for the eye. */}
                  <span className="import-rule-position" aria-hidden="true">
                    {rule.position}.
                  </span>{' '}
                  {text}
                </span>
                <span className="import-rule-actions">
                  <button
                    type="button"
                    className="small"
                    aria-label={words.words('importScreen.rules.moveUpNamed', { words: rule.contains })}
                    aria-disabled={first || action.busy}
                    onClick={() => void move(rule, rule.position - 1)}
                  >
                    {words.words('importScreen.rules.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-label={words.words('importScreen.rules.moveDownNamed', { words: rule.contains })}
                    aria-disabled={last || action.busy}
                    onClick={() => void move(rule, rule.position + 1)}
                  >
                    {words.words('importScreen.rules.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="small"
                    aria-label={words.words('importScreen.rules.removeNamed', { words: rule.contains })}
                    aria-disabled={action.busy}
                    onClick={() => void remove(rule)}
                  >
                    {words.words('importScreen.rules.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="saved" role="status">
        {done === null ? null : words.say(done)}
      </p>
      <Alert error={action.error} />
      <RuleForm
        categories={categories}
        onAdded={async (rule) => {
          await onChanged();
          setDone(say('importScreen.rules.added', { words: rule.contains, category: categoryLabel(words, rule.category) }));
        }}
        onLocked={onLocked}
      />
    </Section>
  );
}
