import type { ImportPreview } from '../../../shared/contract/index.ts';
import type { Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';
import { droppedSentence } from './droppedWords.ts';
import { groupNames, groupOf, type RowGroup } from './importWords.ts';

interface PreviewSummaryProps {
  preview: ImportPreview;
  /** Shows only one group of rows in the table below. */
  onShow: (group: RowGroup) => void;
}

/** The rows not booked, by why: "2 rows: Pending on the platform…". */
function notBookedReasons(preview: ImportPreview): Array<{ reason: Message; count: number }> {
  const byKey = new Map<string, { reason: Message; count: number }>();
  for (const row of preview.rows) {
    if (row.outcome !== 'notBooked' || row.reason === null) continue;
    const known = byKey.get(row.reason.key);
    if (known === undefined) byKey.set(row.reason.key, { reason: row.reason, count: 1 });
    else known.count += 1;
  }
  return [...byKey.values()];
}

/**
 * What the import will do, before the rows: the entries it books and the money they move, what it
 * leaves out and why, whether the file's own balances agree with its rows, and what it drops.
 */
export function PreviewSummary({ preview, onShow }: PreviewSummaryProps) {
  const words = useWords();
  const { counts, booking, balances, currency } = preview;
  const rowsIn = (group: RowGroup) => preview.rows.filter((row) => groupOf(row.outcome) === group).length;
  const flagged = rowsIn('flagged');
  const problems = rowsIn('problem');
  const reasons = notBookedReasons(preview);
  const money = (minor: number) => words.money(minor, currency);

  return (
    <div className="import-summary">
      <dl className="import-figures">
        <div className="import-figure import-figure-main">
          <dt>{words.say(groupNames.book)}</dt>
          <dd>
            <strong>{words.words('importScreen.summary.entries', { count: booking.entries })}</strong>{' '}
            <span className="cell-detail">{words.words('importScreen.summary.fromRows', { count: counts.book })}</span>
          </dd>
        </div>
        <div className="import-figure">
          <dt>{words.words('importScreen.summary.moneyIn')}</dt>
          <dd className="amount-in">{money(booking.moneyIn)}</dd>
        </div>
        <div className="import-figure">
          <dt>{words.words('importScreen.summary.moneyOut')}</dt>
          <dd className="amount-out">{money(booking.moneyOut)}</dd>
        </div>
        <div className="import-figure">
          <dt>{words.say(groupNames.already)}</dt>
          <dd>{words.words('importScreen.summary.rows', { count: rowsIn('already') })}</dd>
        </div>
        {flagged > 0 ? (
          <div className="import-figure import-figure-flagged">
            <dt>{words.say(groupNames.flagged)}</dt>
            <dd>{words.words('importScreen.summary.rows', { count: flagged })}</dd>
          </div>
        ) : null}
        <div className="import-figure">
          <dt>{words.say(groupNames.notBooked)}</dt>
          <dd>{words.words('importScreen.summary.rows', { count: counts.notBooked })}</dd>
        </div>
        <div className={problems > 0 ? 'import-figure import-figure-problem' : 'import-figure'}>
          <dt>{words.say(groupNames.problem)}</dt>
          <dd>{words.words('importScreen.summary.rows', { count: problems })}</dd>
        </div>
      </dl>
      <ul className="import-facts">
        {problems > 0 ? (
          <li className="import-fact-problem">
            {words.words('importScreen.summary.problems', { count: problems })}{' '}
            <button type="button" className="link-button inline" onClick={() => onShow('problem')}>
              {words.words('importScreen.summary.showProblems')}
            </button>
          </li>
        ) : null}
        {flagged > 0 ? (
          <li>
            {words.words('importScreen.summary.flagged', { count: flagged })}{' '}
            <button type="button" className="link-button inline" onClick={() => onShow('flagged')}>
              {words.words('importScreen.summary.showFlagged')}
            </button>
          </li>
        ) : null}
        <li className={balances.agree === false ? 'import-fact-problem' : undefined}>
          {balances.agree === null || balances.opening === null || balances.closing === null
            ? words.words('importScreen.summary.noBalances')
            : words.words(balances.agree ? 'importScreen.summary.balancesAgree' : 'importScreen.summary.balancesDiffer', { opening: money(balances.opening), closing: money(balances.closing) })}
        </li>
        {reasons.length > 0 ? (
          <li>
            {words.words('importScreen.summary.notBooked', { count: counts.notBooked })}
            <ul className="import-reasons">
              {reasons.map(({ reason, count }) => (
                <li key={reason.key}>{words.words('importScreen.summary.reasonCount', { count, reason })}</li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>{droppedSentence(words, preview.dropped)}</li>
      </ul>
    </div>
  );
}
