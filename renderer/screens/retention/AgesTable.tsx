import { retentionPolicies, type RetentionAges } from '../../../shared/contract/index.ts';
import { useWords } from '../../language/words.tsx';
import { ageInWords } from './retentionAge.ts';
import { policyMeaning, policyName } from './policyWords.ts';

interface AgesTableProps {
  /** Names the table for screen readers (the heading or sentence above it). */
  labelledBy: string;
  ages: RetentionAges;
  /** Ages shown beside them, such as the recommended ones while the group has chosen none. */
  recommended?: RetentionAges | undefined;
}

/** Each kind of record, what it is in a treasurer's words, and how long it is kept. */
export function AgesTable({ labelledBy, ages, recommended }: AgesTableProps) {
  const words = useWords();
  return (
    <div className="table-frame">
      <table className="data-table ages-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{words.words('retentionScreen.schedule.kind')}</th>
            <th scope="col">{words.words('retentionScreen.schedule.meaning')}</th>
            <th scope="col">{words.words('retentionScreen.schedule.keptFor')}</th>
            {recommended === undefined ? null : <th scope="col">{words.words('retentionScreen.schedule.recommended')}</th>}
          </tr>
        </thead>
        <tbody>
          {retentionPolicies.map((policy) => (
            <tr key={policy}>
              <th scope="row">{words.say(policyName[policy])}</th>
              <td className="ages-meaning">{words.say(policyMeaning[policy])}</td>
              <td className="ages-age">{words.say(ageInWords(ages[policy]))}</td>
              {recommended === undefined ? null : <td className="ages-age">{words.say(ageInWords(recommended[policy]))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
