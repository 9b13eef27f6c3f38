/** The CLI's words on backups: `backup --to DIR`, `restore BACKUP --vault DIR`, and the lines `status` prints. */
export const backupCli = {
  'backupCli.backup.summary': 'Back up the vault, encrypted and checked, into a new folder inside DIR (a USB stick).',
  'backupCli.backup.description': `Unlocks the vault and copies it into a new folder inside DIR, named for the
moment it is made (mutual-ledger-backup-YYYY-MM-DDTHH-MM-SSZ), so that backups
sit side by side: the ledger, still encrypted under the vault's key, and a copy
of key-slots.json. Nothing is written in plaintext, not even for a moment.
The copy is opened and checked as a restore would check it (SQLite's integrity
check, both hash chains, the entries and the anchor the vault held) before the
folder takes its name; a copy that fails, a refusal or Ctrl-C leaves nothing.
DIR must exist and lie outside the vault folder.

The backup opens with the passphrase and recovery code of today, and keeps
opening with them after you change them: keep it as safely as the recovery
sheet. Restore it with "restore BACKUP --vault NEWDIR".

--json prints {fields} (backup.make).`,
  'backupCli.backup.noTarget': 'Say where to back up to: --to DIR (a folder, such as a USB stick).',
  'backupCli.backup.made': `Backed up to {folder}
It holds {entries, plural, one {# entry} other {# entries}}, anchor {anchor}: it opened under the vault’s key and passed the check a restore makes.
It opens with today’s passphrase or recovery code, and keeps opening with them after you change them: keep it as safely as the recovery sheet.`,
  'backupCli.flag.to': 'The folder to make the backup folder in, such as a USB stick (it must exist).',
  'backupCli.flag.newVault': 'The new folder for the restored vault (it must not exist yet).',
  'backupCli.restore.summary': 'Make a new vault folder from a backup folder.',
  'backupCli.restore.description': `Checks the backup folder BACKUP (it must hold ledger.sqlite and
key-slots.json), opens it with the passphrase or recovery code that was current
when the backup was made (--passphrase-file, --recovery-code-file, the
environment, or typed), and makes a new vault in the folder given by --vault,
which must not exist. The new vault is checked whole (SQLite's integrity check
and both hash chains) before it takes its name; any refusal leaves nothing. It
is left locked: unlock it with that same passphrase (and TOTP, if it was on).
The backup folder is only read.

--json prints {fields} (backup.restore).`,
  'backupCli.restore.backupExpected': 'the backup folder to restore',
  'backupCli.restore.made': `Restored the vault to {folder}
It holds {entries, plural, one {# entry} other {# entries}}, anchor {anchor}: compare them with what the backup said when it was made.
Unlock it with the passphrase (or recovery code) that was current when the backup was made.`,
  'backupCli.progress.copying': 'Backing up: {done, number} of {total, number} KiB copied, encrypted ({percent} %)',
  'backupCli.status.lastLabel': 'Last backup',
  'backupCli.status.reminderLabel': 'Back up',
  'backupCli.status.never': 'never',
  'backupCli.status.lastMade': '{when}, to {folder}',
  'backupCli.status.reminderOff': 'off',
  'backupCli.status.reminderEvery': '{days, plural, one {every day} other {every # days}}{due, select, yes { (a backup is due)} other {}}',
} as const;
