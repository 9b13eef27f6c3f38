import { useEffect, useState } from 'react';
import type { ImportPreview, ImportRequest, ImportResult, PaymentAccount } from '../../../shared/contract/index.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { useWords } from '../../language/words.tsx';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { ImportAction } from './ImportAction.tsx';
import { groupNames, groupOf, rowGroups, type RowGroup } from './importWords.ts';
import { PreviewSummary } from './PreviewSummary.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { StepSection } from './StepSection.tsx';
import type { StatementPreview } from './useStatementPreview.ts';

interface PreviewSectionProps {
  /** The request previewed, once the account and the file are chosen. */
  request: ImportRequest | null;
  state: StatementPreview;
  /** The name of the file being read, while it is. */
  readingName: string | null;
  accounts: PaymentAccount[];
  bookAnyway: readonly number[];
  onBookAnyway: (line: number, book: boolean) => void;
  onImported: (result: ImportResult, preview: ImportPreview) => void;
  onPlanMoved: () => void;
  onLocked: () => void;
}

type Shown = RowGroup | 'all';

/**
 * Step 5: what the import will do, before anything is written: the summary, then every row, then the
 * button that imports. A status line says what is being worked out and when it is ready, for a
 * screen reader as for the eye; meanwhile a bar moves while the file is read, then counts the rows
 * the core has checked.
 */
export function PreviewSection({ request, state, readingName, accounts, bookAnyway, onBookAnyway, onImported, onPlanMoved, onLocked }: PreviewSectionProps) {
  const words = useWords();
  const [chosen, setChosen] = useState<Shown>('all');
  const { preview, busy } = state;
  const working = readingName !== null || (request !== null && busy);
  const { progress, reset } = useWorkProgress('import');
  // Each preview counts from its own start, not from where the last one (or an import) ended.
  useEffect(() => {
    if (busy) reset();
  }, [busy, reset]);
  const accountNames = new Map(accounts.map((account) => [account.id, account.name]));

  const inGroup = (group: RowGroup) => (preview === null ? 0 : preview.rows.filter((row) => groupOf(row.outcome) === group).length);
  // A group the new preview no longer has (its rows booked anyway, say) falls back to every row.
  const shown: Shown = chosen !== 'all' && inGroup(chosen) > 0 ? chosen : 'all';
  const rows = preview === null ? [] : shown === 'all' ? preview.rows : preview.rows.filter((row) => groupOf(row.outcome) === shown);

  let status = '';
  if (readingName !== null) status = words.words('importScreen.preview.reading', { name: readingName });
  else if (request !== null && busy) status = words.words('importScreen.preview.working');
  else if (preview !== null) status = words.words('importScreen.preview.ready', { count: preview.booking.entries });

  return (
    <StepSection id="import-preview" number={5} title={words.words('importScreen.preview.title')} className="import-preview">
      <p className="import-status" role="status">
        {status}
      </p>
      {readingName !== null ? (
        <progress className="import-progress" aria-label={status}>
          {status}
        </progress>
      ) : working ? (
        <WorkProgressBar id="import-preview-progress" work="import" progress={progress} />
      ) : null}
      {preview === null && !working ? <p className="quiet">{request === null ? words.words('importScreen.preview.waiting') : words.words('importScreen.preview.none')}</p> : null}
      {preview === null || request === null ? null : (
        // Busy while a newer preview is worked out; the status line above stays outside, so it is still heard.
        <div className="import-preview-body" aria-busy={working}>
          <PreviewSummary preview={preview} onShow={setChosen} />
          <h3 id="import-rows-title">{words.words('importScreen.table.title')}</h3>
          <SelectField id="import-rows-shown" className="import-rows-shown" label={words.words('importScreen.table.show')} value={shown} onChange={(event) => setChosen(event.target.value as Shown)}>
            <option value="all">{words.words('importScreen.table.showAll', { count: preview.rows.length })}</option>
            {rowGroups
              .filter((group) => inGroup(group) > 0)
              .map((group) => (
                <option key={group} value={group}>
                  {words.words('importScreen.table.showGroup', { group: groupNames[group], count: inGroup(group) })}
                </option>
              ))}
          </SelectField>
          {rows.length === 0 ? (
            <p className="empty">{words.words('importScreen.table.empty')}</p>
          ) : (
            <PreviewTable preview={preview} rows={rows} bookAnyway={bookAnyway} onBookAnyway={onBookAnyway} accountNames={accountNames} labelledBy="import-rows-title" />
          )}
          <ImportAction preview={preview} request={request} previewBusy={busy} onImported={onImported} onPlanMoved={onPlanMoved} onLocked={onLocked} />
        </div>
      )}
    </StepSection>
  );
}
