import { useState } from 'react';
import type { RetentionOverview } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from '../vault/Section.tsx';
import { AgesTable } from './AgesTable.tsx';
import { ScheduleForm } from './ScheduleForm.tsx';
import { ScheduleHistory } from './ScheduleHistory.tsx';

interface ScheduleSectionProps {
  overview: RetentionOverview;
  /** The schedule changed: the screen reads the plan again. */
  onChanged: (overview: RetentionOverview) => void;
  onLocked: () => void;
}

/**
 * How long each kind of record is kept, with a form to change it. Until the group chooses a schedule
 * nothing is shredded, and the screen says so and offers the recommended one.
 */
export function ScheduleSection({ overview, onChanged, onLocked }: ScheduleSectionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<Message | null>(null);

  async function chooseRecommended() {
    if (action.busy) return;
    setSaved(null);
    let next: RetentionOverview | undefined;
    await action.run(async () => {
      next = await treasury.retention.set({ recommended: true });
    });
    if (next !== undefined) {
      onChanged(next);
      setSaved(say('retentionScreen.schedule.recommendedChosen'));
      returnFocusTo('retention-schedule');
    }
  }

  return (
    <Section id="retention-schedule" title={words.words('retentionScreen.schedule.title')}>
      <p id="retention-schedule-intro">{words.words('retentionScreen.schedule.intro')}</p>
      {overview.chosen ? null : (
        <p className="notice">
          <strong>{words.words('retentionScreen.schedule.notChosen')}</strong> {words.words('retentionScreen.schedule.recommendedIntro')}
        </p>
      )}
      <AgesTable labelledBy="retention-schedule-title" ages={overview.ages} recommended={overview.chosen ? undefined : overview.recommended} />
      <p className="saved" role="status">
        {saved === null ? null : words.say(saved)}
      </p>
      <Alert error={action.error} />
      {editing ? (
        <ScheduleForm
          ages={overview.chosen ? overview.ages : overview.recommended}
          onSaved={(next, changed) => {
            setEditing(false);
            onChanged(next);
            setSaved(changed ? say('retentionScreen.schedule.saved') : say('retentionScreen.schedule.unchanged'));
            returnFocusTo('retention-schedule');
          }}
          onCancel={() => {
            setEditing(false);
            returnFocusTo('retention-schedule');
          }}
          changesSoFar={overview.changes.length}
          onLocked={onLocked}
        />
      ) : (
        <div className="actions">
          {overview.chosen ? null : (
            <button type="button" className="primary" aria-disabled={action.busy} onClick={() => void chooseRecommended()}>
              {words.words('retentionScreen.schedule.useRecommended')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              action.clearError();
              setEditing(true);
            }}
          >
            {words.words('retentionScreen.schedule.change')}
          </button>
        </div>
      )}
      <ScheduleHistory changes={overview.changes} />
    </Section>
  );
}
