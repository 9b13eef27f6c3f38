import { formatDateTime } from '../../../shared/messages/dates.ts';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';

const readStatus = () => treasury.backup.status({});

/** On the dashboard, while a backup is due (never made, or older than the group's interval): says so, with the way to make one. */
export function BackupReminder({ onLocked, onBackUp }: { onLocked: () => void; onBackUp: () => void }) {
  const words = useWords();
  const { value: status } = useLoaded(readStatus, onLocked);
  if (status === null || !status.due) return null;
  return (
    <section className="notice backup-reminder stack-tight" aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">
        {status.last === null || status.reminderDays === null
          ? words.words('backupScreen.due.never')
          : words.words('backupScreen.due.old', { when: formatDateTime(status.last.madeAt, words.language), days: status.reminderDays })}
      </h2>
      <p>{words.words('backupScreen.due.advice')}</p>
      <div className="actions">
        <button type="button" onClick={onBackUp}>
          {words.words('backupScreen.due.backUp')}
        </button>
      </div>
    </section>
  );
}
