import { useState, type FormEvent } from 'react';
import { backupReminderChoices, type BackupMadeNow, type BackupReminder } from '../../../shared/contract/index.ts';
import { formatDateTime } from '../../../shared/messages/dates.ts';
import { Alert } from '../../components/Alert.tsx';
import { PathField } from '../../components/PathField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { BackupFigures } from '../backup/BackupFigures.tsx';
import { Section } from './Section.tsx';

const readStatus = () => treasury.backup.status({});

/** "Back up now" to a folder (a USB stick), how far it is, what it made; the last backup, and how often the group wants to be reminded. */
export function BackupSection({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const reminderAction = useVaultAction(onLocked);
  const { progress, reset } = useWorkProgress('backup');
  const { value: status, error: readError, reload } = useLoaded(readStatus, onLocked);
  const [to, setTo] = useState('');
  const [made, setMade] = useState<BackupMadeNow | null>(null);
  const [reminderSaved, setReminderSaved] = useState(false);

  async function backUp(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMade(null);
    reset();
    await action.run(async () => {
      const result = await treasury.backup.make({ to });
      setMade(result);
      await reload();
    });
  }

  async function chooseReminder(days: BackupReminder) {
    setReminderSaved(false);
    if (await reminderAction.run(async () => void (await treasury.backup.setReminder({ days })))) {
      await reload();
      setReminderSaved(true);
    }
  }

  const fieldError = action.error !== null && ['NOT_PERMITTED', 'NOT_FOUND', 'INVALID_INPUT'].includes(action.error.code) ? words.say(action.error.reason) : null;
  return (
    <Section id="backups" title={words.words('backupScreen.section.title')}>
      <p>{words.words('backupScreen.section.why')}</p>
      <p>
        <strong>{words.words('backupScreen.section.keepSafe')}</strong> {words.words('backupScreen.section.whatItOpens')}
      </p>
      {status === null ? null : (
        <p>
          {status.last === null
            ? words.words('backupScreen.section.never')
            : words.words('backupScreen.section.last', { when: formatDateTime(status.last.madeAt, words.language), folder: status.last.folder })}
        </p>
      )}
      <form className="stack-tight" onSubmit={backUp} noValidate aria-busy={action.busy}>
        <PathField
          id="backup-to"
          label={words.words('backupScreen.folder.label')}
          hint={words.words('backupScreen.folder.hint')}
          value={to}
          onChange={(event) => {
            setTo(event.target.value);
            action.clearError();
          }}
          error={fieldError}
        />
        {fieldError === null ? <Alert error={action.error} /> : null}
        {action.busy ? <WorkProgressBar id="backup-progress" work="backup" progress={progress} /> : null}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={action.busy}>
            {words.words('backupScreen.backUp')}
          </button>
        </div>
      </form>
      <div role="status" className="stack-tight">
        {made === null ? null : (
          <>
            <h3>{words.words('backupScreen.made.title')}</h3>
            <p>{words.words('backupScreen.made.where', { folder: made.folder, when: formatDateTime(made.madeAt, words.language) })}</p>
            <BackupFigures entries={made.entries} anchor={made.anchor} />
            <p>{words.words('backupScreen.made.checked')}</p>
            {made.sweptUnfinished.length === 0 ? null : <p>{words.words('backup.sweptUnfinished', { count: made.sweptUnfinished.length, folders: made.sweptUnfinished.join(', ') })}</p>}
          </>
        )}
      </div>
      {status === null ? null : (
        <SelectField
          id="backup-reminder"
          label={words.words('backupScreen.reminder.label')}
          hint={words.words('backupScreen.reminder.hint')}
          value={status.reminderDays ?? 'off'}
          onChange={(event) => void chooseReminder(event.target.value === 'off' ? null : (Number(event.target.value) as BackupReminder))}
          note={reminderSaved ? words.words('backupScreen.reminder.saved') : undefined}
        >
          {backupReminderChoices.map((days) => (
            <option key={days} value={days}>
              {words.words('backupScreen.reminder.every', { days })}
            </option>
          ))}
          <option value="off">{words.words('backupScreen.reminder.off')}</option>
        </SelectField>
      )}
      <Alert error={reminderAction.error ?? readError} />
    </Section>
  );
}
