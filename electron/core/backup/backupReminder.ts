// The group's backup reminder and the backups this vault made, kept in the vault beside its other
// settings and outside both chains (schema step 15): a backup is recorded after its copy is checked,
// and a chained record would move the anchor past the one the backup holds.
import type { BackupMade, BackupReminder, BackupStatus } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { writeTransaction } from '../vault/ledgerDatabase.ts';
import type { BackupRow, VaultSettingsRow } from '../ledger/schema/rows.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** The reminder chosen, the last backup made, and whether a reminder is due at `now`. */
export function backupStatus(db: Ledger, now: Date): BackupStatus {
  const { backup_reminder_days: reminderDays } = db.prepare('SELECT backup_reminder_days FROM vault_settings WHERE id = 1').get() as Pick<VaultSettingsRow, 'backup_reminder_days'>;
  const row = db.prepare('SELECT made_at, folder, entries, entries_seq, facts_seq, anchor_hash FROM backups ORDER BY id DESC LIMIT 1').get() as Omit<BackupRow, 'id'> | undefined;
  const last: BackupMade | null =
    row === undefined ? null : { folder: row.folder, madeAt: row.made_at, entries: row.entries, anchor: { entriesSeq: row.entries_seq, factsSeq: row.facts_seq, hash: row.anchor_hash } };
  const reminder = reminderDays as BackupReminder;
  const due = reminder !== null && (last === null || now.getTime() - Date.parse(last.madeAt) >= reminder * dayMs);
  return { reminderDays: reminder, last, due };
}

export function setBackupReminder(db: Ledger, days: BackupReminder): void {
  writeTransaction(db, () => db.prepare('UPDATE vault_settings SET backup_reminder_days = ? WHERE id = 1').run(days));
}

/** Records a backup once it stands in its folder, checked. */
export function recordBackup(db: Ledger, made: BackupMade): void {
  writeTransaction(db, () =>
    db
      .prepare('INSERT INTO backups (made_at, folder, entries, entries_seq, facts_seq, anchor_hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(made.madeAt, made.folder, made.entries, made.anchor.entriesSeq, made.anchor.factsSeq, made.anchor.hash),
  );
}
