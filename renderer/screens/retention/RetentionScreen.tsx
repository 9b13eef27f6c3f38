import { useCallback } from 'react';
import type { KeySlotKind, RetentionOverview, RetentionPlan } from '../../../shared/contract/index.ts';
import { Alert } from '../../components/Alert.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { LegalHoldSection } from './LegalHoldSection.tsx';
import { PlanSection } from './PlanSection.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';
import { ShredLogSection } from './ShredLogSection.tsx';

interface RetentionState {
  overview: RetentionOverview;
  plan: RetentionPlan;
  unlockedWith: KeySlotKind;
}

function readRetention(): Promise<RetentionState> {
  return Promise.all([treasury.retention.show(), treasury.retention.plan(), treasury.vault.details()]).then(([overview, plan, details]) => ({
    overview,
    plan,
    unlockedWith: details.unlockedWith,
  }));
}

interface RetentionScreenProps {
  onLocked: () => void;
  /** A legal hold was placed or lifted here: the app's banner reads it again. */
  onHoldChanged: () => void;
}

/**
 * Retention: how long each kind of record is kept, what the next run shreds (and shredding it now),
 * the legal hold, and the runs so far. Everything is read again after each change, so the plan
 * always matches the schedule and the hold on screen.
 */
export function RetentionScreen({ onLocked, onHoldChanged }: RetentionScreenProps) {
  const words = useWords();
  const { value, error, reload } = useLoaded(readRetention, onLocked);
  const holdChanged = useCallback(async () => {
    await reload();
    onHoldChanged();
  }, [reload, onHoldChanged]);

  return (
    <div className="screen screen-full readable-cards retention-screen">
      <ScreenTitle title={words.words('retentionScreen.title')} intro={words.words('retentionScreen.intro')} />
      <Alert error={error} />
      {value === null ? (
        error === null ? (
          <p className="quiet">{words.words('retentionScreen.reading')}</p>
        ) : null
      ) : (
        <div className="sections">
          <ScheduleSection overview={value.overview} onChanged={() => void reload()} onLocked={onLocked} />
          <PlanSection plan={value.plan} chosen={value.overview.chosen} onRead={reload} onLocked={onLocked} />
          <LegalHoldSection hold={value.overview.hold} holds={value.overview.holds} unlockedWith={value.unlockedWith} onChanged={holdChanged} onLocked={onLocked} />
          <ShredLogSection runs={value.overview.runs} />
        </div>
      )}
    </div>
  );
}
