import { retentionPolicies, type RetentionOverview } from '../../../shared/contract/index.ts';
import { useWords } from '../../language/words.tsx';
import { ageInWords } from './retentionAge.ts';
import { policyName } from './policyWords.ts';
import { DatedTable } from './DatedTable.tsx';

/** Every schedule the group chose, newest first, with when: a change cannot be made quietly. */
export function ScheduleHistory({ changes }: { changes: RetentionOverview['changes'] }) {
  const words = useWords();
  return (
    <>
      <h3 id="retention-history-title">{words.words('retentionScreen.history.title')}</h3>
      {changes.length === 0 ? (
        <p className="quiet">{words.words('retentionScreen.history.none')}</p>
      ) : (
        <DatedTable
          labelledBy="retention-history-title"
          headings={[words.words('retentionScreen.history.when'), words.words('retentionScreen.history.schedule')]}
          rows={changes.map((change) => ({
            key: change.recordedAt,
            at: change.recordedAt,
            cells: [
              <ul className="plain-list inline-list">
                {retentionPolicies.map((policy) => (
                  <li key={policy}>{words.words('retentionScreen.history.age', { kind: policyName[policy], age: ageInWords(change.ages[policy]) })}</li>
                ))}
              </ul>,
            ],
          }))}
        />
      )}
    </>
  );
}
