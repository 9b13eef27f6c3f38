import type { RetentionOverview } from '../../../shared/contract/index.ts';
import { formatShortDateTime } from '../../../shared/messages/dates.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';
import { DatedTable } from './DatedTable.tsx';

/** Every hold placed, newest first, with when it was lifted: a hold's record stays in the ledger. */
export function HoldHistory({ holds }: { holds: RetentionOverview['holds'] }) {
  const words = useWords();
  if (holds.length === 0) return null;
  return (
    <>
      <h3 id="hold-history-title">{words.words('retentionScreen.hold.history')}</h3>
      <DatedTable
        labelledBy="hold-history-title"
        headings={[words.words('retentionScreen.hold.placedOn'), words.words('retentionScreen.hold.liftedOn'), words.words('retentionScreen.hold.note')]}
        rows={holds.map((hold) => ({
          key: hold.placedAt,
          at: hold.placedAt,
          cells: [
            hold.liftedAt === null ? <strong>{words.words('retentionScreen.hold.stillStands')}</strong> : formatShortDateTime(hold.liftedAt, words.language),
            <span className="hold-note-text">
              <FreeText text={hold.note} />
            </span>,
          ],
        }))}
      />
    </>
  );
}
