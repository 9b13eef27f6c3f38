import type { BackupStatus } from '../../shared/contract/index.ts';
import { formatShortDateTime } from '../../shared/messages/dates.ts';
import type { Translator } from '../../shared/messages/translator.ts';

/** The last backup and the reminder, one labelled line each, for `status` to print with its other facts. */
export function backupFacts(backup: BackupStatus, words: Translator): Array<[string, string]> {
  const last =
    backup.last === null
      ? words.words('backupCli.status.never')
      : words.words('backupCli.status.lastMade', { when: formatShortDateTime(backup.last.madeAt, words.language), folder: backup.last.folder });
  const reminder =
    backup.reminderDays === null ? words.words('backupCli.status.reminderOff') : words.words('backupCli.status.reminderEvery', { days: backup.reminderDays, due: backup.due ? 'yes' : 'no' });
  return [
    [words.words('backupCli.status.lastLabel'), last],
    [words.words('backupCli.status.reminderLabel'), reminder],
  ];
}
