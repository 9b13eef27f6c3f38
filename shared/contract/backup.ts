import * as z from 'zod';
import { inputProblem } from '../messages/inputProblems.ts';
import { say } from '../messages/message.ts';
import { anchorSchema } from './ledger.ts';
import { method } from './method.ts';
import { confirmationSchema } from './vault.ts';

const folderPath = (problem: ReturnType<typeof say>) => z.string().trim().min(1, inputProblem(problem)).max(4096);

/** How often the group wants a backup, in days; null: no reminder. The choices the screens offer. */
export const backupReminderChoices = [1, 7, 14, 30] as const;
export const backupReminderSchema = z.union([z.literal(1), z.literal(7), z.literal(14), z.literal(30)]).nullable();
export type BackupReminder = z.infer<typeof backupReminderSchema>;

/** One backup made: where it went, when, and the ledger it holds (the vault's at that moment). */
export const backupMadeSchema = z.object({
  /** The new backup folder (inside the folder chosen). */
  folder: z.string(),
  madeAt: z.iso.datetime(),
  entries: z.number().int().nonnegative(),
  anchor: anchorSchema,
});
export type BackupMade = z.infer<typeof backupMadeSchema>;

/** A backup just made, with what it swept. */
export const backupMadeNowSchema = backupMadeSchema.extend({
  /** Backups of this vault the app left unfinished in that folder when it stopped part way (a crash), removed first: hidden copies that never took their name. */
  sweptUnfinished: z.array(z.string()),
});
export type BackupMadeNow = z.infer<typeof backupMadeNowSchema>;

export const backupStatusSchema = z.object({
  reminderDays: backupReminderSchema,
  /** The last backup this vault made, or null if none. */
  last: backupMadeSchema.nullable(),
  /** A reminder is due: reminders are on and there is no backup, or the last is older than the interval. */
  due: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backup = {
  make: method({
    summary:
      'Back up now: a copy of the ledger under the same key (SQLite’s VACUUM INTO, never plaintext) and of the key slots, in a new folder inside the one given, checked (opened, integrity, both chains, entries and anchor) before it takes its name.',
    access: 'unlocked',
    input: z.strictObject({ to: folderPath(say('input.chooseBackupFolder')) }),
    output: backupMadeNowSchema,
  }),
  status: method({
    summary: 'The group’s backup reminder, the last backup made, and whether a reminder is due.',
    access: 'unlocked',
    input: z.strictObject({}),
    output: backupStatusSchema,
  }),
  setReminder: method({
    summary: 'Choose how often the app reminds the group to back up (1, 7, 14 or 30 days), or null for never.',
    access: 'unlocked',
    input: z.strictObject({ days: backupReminderSchema }),
    output: backupStatusSchema,
  }),
  restore: method({
    summary:
      'Make a new vault folder from a backup folder, once it opens with the passphrase or recovery code of the time it was made and passes its check. All or nothing; the new vault is left locked.',
    access: 'always',
    input: z.strictObject({
      backup: folderPath(say('input.chooseBackupToRestore')),
      vaultDir: folderPath(say('input.chooseVaultFolder')),
      secret: confirmationSchema,
    }),
    output: z.object({ vaultDir: z.string(), entries: z.number().int().nonnegative(), anchor: anchorSchema }),
  }),
};
