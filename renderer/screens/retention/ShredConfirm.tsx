import type { FormEvent } from 'react';
import type { RetentionPlan } from '../../../shared/contract/index.ts';
import { useWords } from '../../language/words.tsx';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { policyCount } from './policyWords.ts';

interface ShredConfirmProps {
  plan: RetentionPlan;
  onShred: () => void;
  onKeep: () => void;
}

/** Shredding cannot be undone: the question says how many of each kind go, and takes focus so a keyboard user hears it. */
export function ShredConfirm({ plan, onShred, onKeep }: ShredConfirmProps) {
  const words = useWords();
  const question = useFocusOnMount<HTMLParagraphElement>();
  const form = useEscapeCloses(onKeep);
  const due = plan.policies.filter((policy) => policy.total > 0);

  function shred(event: FormEvent) {
    event.preventDefault();
    onShred();
  }

  return (
    <form ref={form} className="confirm stack-tight" aria-labelledby="shred-question" onSubmit={shred} noValidate>
      <p id="shred-question" ref={question} tabIndex={-1}>
        {words.words('retentionScreen.confirm.question')}
      </p>
      <ul className="due-list">
        {due.map((policy) => (
          <li key={policy.policy}>{words.say(policyCount(policy.policy, policy.total))}</li>
        ))}
      </ul>
      <p>{words.words('retentionScreen.confirm.after')}</p>
      <div className="actions">
        <button type="submit" className="danger">
          {words.words('retentionScreen.confirm.shred')}
        </button>
        <button type="button" onClick={onKeep}>
          {words.words('retentionScreen.confirm.keep')}
        </button>
      </div>
    </form>
  );
}
