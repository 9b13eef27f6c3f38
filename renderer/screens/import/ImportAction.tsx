import type { ImportPreview, ImportRequest, ImportResult, Output } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { ImportRefusal } from './ImportRefusal.tsx';

interface ImportActionProps {
  preview: ImportPreview;
  /** The request the preview answers: the import sends it again with the preview's digest. */
  request: ImportRequest;
  /** A newer preview is being worked out: this one may not be what is written. */
  previewBusy: boolean;
  onImported: (result: ImportResult, preview: ImportPreview) => void;
  /** The ledger changed since the preview: it is worked out again. */
  onPlanMoved: () => void;
  onLocked: () => void;
}

/** Why the import cannot go ahead yet, in plain words; null when it can. */
function blockedBecause(preview: ImportPreview, previewBusy: boolean): Message | null {
  if (previewBusy) return say('importScreen.apply.waiting');
  const problems = preview.counts.problem;
  if (problems > 0 && preview.needsLinkedAccount) return say('importScreen.apply.needsLinked', { count: problems });
  if (problems > 0) return say('importScreen.apply.problems', { count: problems });
  if (preview.booking.entries === 0) return say('importScreen.apply.nothing');
  return null;
}

/**
 * The button that writes what the preview shows, and nothing else: the preview's digest goes with it,
 * so a ledger changed meanwhile refuses it. While it cannot go ahead the button stays in reach and
 * says why next to it.
 */
export function ImportAction({ preview, request, previewBusy, onImported, onPlanMoved, onLocked }: ImportActionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const { progress, reset } = useWorkProgress('import');
  const blocked = blockedBecause(preview, previewBusy);

  async function importNow() {
    if (blocked !== null || action.busy) return;
    reset();
    let result: Output<'import.apply'> | undefined;
    await action.run(async () => {
      try {
        result = await treasury.import.apply({ ...request, planDigest: preview.planDigest });
      } catch (error) {
        if (error instanceof TreasuryError && error.reason.key === 'import.changedSincePreview') onPlanMoved();
        throw error;
      }
    });
    if (result !== undefined) onImported(result, preview);
  }

  const describedBy = [blocked === null ? null : 'import-blocked', action.error === null ? null : 'import-refusal'].filter((id) => id !== null).join(' ');
  return (
    <div className="import-action">
      {blocked === null ? null : (
        <p id="import-blocked" className={previewBusy ? 'quiet' : 'notice'}>
          {words.say(blocked)}
        </p>
      )}
      {action.busy ? <WorkProgressBar id="import-apply-progress" work="import" progress={progress} /> : null}
      <ImportRefusal id="import-refusal" error={action.error} />
      <div className="actions">
        <button type="button" className="primary" aria-disabled={blocked !== null || action.busy} aria-describedby={describedBy || undefined} onClick={() => void importNow()}>
          {action.busy ? words.words('importScreen.apply.importing') : words.words('importScreen.apply.button', { count: preview.booking.entries })}
        </button>
      </div>
    </div>
  );
}
