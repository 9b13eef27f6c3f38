import { retentionPolicies, type ShredRun } from '../../../shared/contract/index.ts';
import { useWords } from '../../language/words.tsx';
import { Section } from '../vault/Section.tsx';
import { policyCount } from './policyWords.ts';
import { DatedTable } from './DatedTable.tsx';

/** The shred log: when each run shredded, what started it, and how many of each kind. Never which records. */
export function ShredLogSection({ runs }: { runs: ShredRun[] }) {
  const words = useWords();
  return (
    <Section id="retention-log" title={words.words('retentionScreen.log.title')}>
      <p>{words.words('retentionScreen.log.intro')}</p>
      {runs.length === 0 ? (
        <p className="quiet">{words.words('retentionScreen.log.none')}</p>
      ) : (
        <DatedTable
          labelledBy="retention-log-title"
          headings={[words.words('retentionScreen.log.when'), words.words('retentionScreen.log.startedBy'), words.words('retentionScreen.log.shredded')]}
          rows={runs.map((run, index) => ({
            key: `${run.ranAt}-${index}`,
            at: run.ranAt,
            cells: [
              words.words('retentionScreen.log.started', { startedBy: run.startedBy }),
              <ul className="plain-list">
                {retentionPolicies
                  .filter((policy) => run.counts[policy] > 0)
                  .map((policy) => (
                    <li key={policy}>{words.say(policyCount(policy, run.counts[policy]))}</li>
                  ))}
              </ul>,
            ],
          }))}
        />
      )}
    </Section>
  );
}
