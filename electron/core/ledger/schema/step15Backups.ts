/**
 * Schema step 15: backups. How often the group wants to be reminded to back up (in days; NULL: no
 * reminder), beside the other settings of the vault itself, and each backup this vault made. Neither
 * is chained: recording a backup after its copy is made must not change the anchor, or the backup
 * would be out of date the moment it is made (docs/backups.md).
 */
export const step15Backups = `
  ALTER TABLE vault_settings ADD COLUMN backup_reminder_days INTEGER DEFAULT 7 CHECK (backup_reminder_days IS NULL OR backup_reminder_days > 0);

  CREATE TABLE backups (
    id INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    folder TEXT NOT NULL,
    entries INTEGER NOT NULL,
    entries_seq INTEGER NOT NULL,
    facts_seq INTEGER NOT NULL,
    anchor_hash TEXT NOT NULL
  );
`;
