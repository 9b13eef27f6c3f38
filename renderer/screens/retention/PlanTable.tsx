import type { PolicyPlan, RetentionPlan } from '../../../shared/contract/index.ts';
import { formatDay, formatMonth } from '../../../shared/messages/dates.ts';
import { useWords } from '../../language/words.tsx';
import { ageInWords } from './retentionAge.ts';
import { policyName } from './policyWords.ts';

/**
 * What the next run shreds of each kind: how long it is kept, the day before which it goes, and how
 * many are due; then, for each kind with something due, the months they are dated in, folded away.
 */
export function PlanTable({ plan }: { plan: RetentionPlan }) {
  const words = useWords();
  const due = plan.policies.filter((policy) => policy.months.length > 0);
  return (
    <>
      <div className="table-frame">
        <table className="data-table plan-table" aria-labelledby="retention-plan-title">
          <thead>
            <tr>
              <th scope="col">{words.words('retentionScreen.plan.kind')}</th>
              <th scope="col">{words.words('retentionScreen.schedule.keptFor')}</th>
              <th scope="col">{words.words('retentionScreen.plan.before')}</th>
              <th scope="col" className="number">
                {words.words('retentionScreen.plan.due')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.policies.map((policy) => (
              <tr key={policy.policy}>
                <th scope="row">{words.say(policyName[policy.policy])}</th>
                <td className="ages-age">{words.say(ageInWords(policy.age))}</td>
                <td className="when">{policy.before === null ? <span className="quiet">{words.words('retentionScreen.plan.neverDue')}</span> : formatDay(policy.before, words.language)}</td>
                <td className="number">
                  {words.number(policy.total)}
                  {policy.keptUntilTheirMonthGoes > 0 ? <span className="cell-detail">{words.words('retentionScreen.plan.waiting', { count: policy.keptUntilTheirMonthGoes })}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {due.map((policy) => (
        <MonthBreakdown key={policy.policy} policy={policy} />
      ))}
    </>
  );
}

/** One kind's due items month by month, behind a native disclosure (Enter or Space opens it). */
function MonthBreakdown({ policy }: { policy: PolicyPlan }) {
  const words = useWords();
  const titleId = `retention-months-${policy.policy}`;
  return (
    <details className="month-breakdown">
      <summary id={titleId}>{words.words('retentionScreen.plan.byMonth', { kind: policyName[policy.policy] })}</summary>
      <div className="table-frame">
        <table className="data-table compact" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{words.words('retentionScreen.plan.month')}</th>
              <th scope="col" className="number">
                {words.words('retentionScreen.plan.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {policy.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, words.language)}</th>
                <td className="number">{words.number(month.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
