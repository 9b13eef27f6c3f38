import { useState } from 'react';
import { retentionPolicies, type Output, type RetentionPlan } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, list, say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { returnFocusTo, Section } from '../vault/Section.tsx';
import { PlanTable } from './PlanTable.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { policyCount } from './policyWords.ts';
import { ShredConfirm } from './ShredConfirm.tsx';

interface PlanSectionProps {
  plan: RetentionPlan;
  /** Whether the group has chosen a schedule (before that, nothing is ever due). */
  chosen: boolean;
  /** Reads the plan (and the shred log) again: before asking, so the counts asked about are today's, and after a run. */
  onRead: () => Promise<void>;
  onLocked: () => void;
}

type Stage = 'idle' | 'confirming' | 'running';

/**
 * The next run before it happens: per kind of record, what is due and from which months. "Shred now"
 * asks first, with the counts, shows the run's progress with a Stop button, then says what went.
 * Under a legal hold it is never offered: the section says why instead.
 */
export function PlanSection({ plan, chosen, onRead, onLocked }: PlanSectionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [stage, setStage] = useState<Stage>('idle');
  const [outcome, setOutcome] = useState<Message | null>(null);
  const { progress, reset } = useWorkProgress('retention');

  async function shred() {
    setStage('running');
    setOutcome(null);
    reset();
    // The question is gone: a keyboard user starts again at this section, a few Tabs from Stop.
    returnFocusTo('retention-plan');
    let result: Output<'retention.apply'> | undefined;
    await action.run(async () => {
      try {
        result = await treasury.retention.apply({ startedBy: 'treasurer' });
      } catch (error) {
        // Stopped on purpose is no failure: say so where the result goes.
        if (error instanceof TreasuryError && error.code === 'WORK_CANCELLED') setOutcome(error.reason);
        else throw error;
      } finally {
        reset();
      }
    });
    setStage('idle');
    if (result !== undefined) {
      const { run } = result;
      const shredded = run === null ? [] : retentionPolicies.filter((policy) => run.counts[policy] > 0);
      setOutcome(
        run === null || shredded.length === 0
          ? say('retentionScreen.result.nothing')
          : say('retentionScreen.result.shredded', { counts: list(shredded.map((policy) => policyCount(policy, run.counts[policy]))) }),
      );
    }
    await onRead();
    returnFocusTo('retention-plan');
  }

  const held = plan.hold !== null;
  return (
    <Section id="retention-plan" title={words.words('retentionScreen.plan.title')}>
      <p>{words.words('retentionScreen.plan.intro', { today: day(plan.today) })}</p>
      <PlanTable plan={plan} />
      {plan.policies.some((policy) => policy.keptUntilTheirMonthGoes > 0) ? <p className="hint">{words.words('retentionScreen.plan.waitingExplained')}</p> : null}
      <p className="hint">{words.words('retentionScreen.plan.entriesByMonth')}</p>
      {stage === 'running' ? <WorkProgressBar id="retention-progress" work="retention" progress={progress} onStop={() => void treasury.work.cancel()} /> : null}
      <p className="saved" role="status">
        {outcome === null ? null : words.say(outcome)}
      </p>
      {held ? (
        <p className="notice">{words.words('retentionScreen.plan.underHold')}</p>
      ) : plan.shredsAnything ? null : (
        <p className="quiet">{chosen ? words.words('retentionScreen.plan.nothingDue') : words.words('retentionScreen.plan.notChosen')}</p>
      )}
      <Alert error={action.error} />
      {stage === 'confirming' && !held && plan.shredsAnything ? (
        <ShredConfirm
          plan={plan}
          onShred={() => void shred()}
          onKeep={() => {
            setStage('idle');
            returnFocusTo('retention-plan');
          }}
        />
      ) : null}
      {stage === 'idle' && !held && plan.shredsAnything ? (
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={() => {
              setOutcome(null);
              action.clearError();
              void onRead().then(() => setStage('confirming'));
            }}
          >
            {words.words('retentionScreen.plan.shredNow')}
          </button>
        </div>
      ) : null}
    </Section>
  );
}
