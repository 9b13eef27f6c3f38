/** The core's words on backups: making one, and restoring a vault from one. */
export const backup = {
  'backup.pathNotFull': 'Give the folder’s full path, starting from the top of the disk.',
  'backup.noSuchFolder': 'The folder {folder} does not exist. If it is on a USB stick, check that the stick is plugged in.',
  'backup.insideVault': 'A backup cannot be kept inside the vault folder: it would be lost with the vault. Choose a place outside it, such as a USB stick.',
  'backup.alreadyThere': 'A backup folder {folder} is already there, and nothing is ever written over one. Try again in a moment.',
  'backup.sweptUnfinished':
    '{count, plural, one {A backup} other {# backups}} of this vault that the app left unfinished here when it stopped part way ({folders}) {count, plural, one {was} other {were}} removed. Nothing is lost: {count, plural, one {it was a copy} other {they were copies}} never finished and never used, and the vault and every finished backup are as they were.',
  'backup.notWritten': 'The backup could not be written to {folder} ({problem}): check that the stick or folder can be written to and has room. Nothing was left there.',
  'backup.keysChanged': 'The key slots on disk no longer open this vault’s key (they were changed in another window). Lock the vault, unlock it again, then back up.',
  'backup.copyFailsItsCheck': 'The copy failed its restore test, so it was not kept: {problem} Nothing was left there.',
  'backup.copyDoesNotOpen': 'it does not open under the vault’s key.',
  'backup.notAllReadable': 'SQLite could not read all of it back (a page is damaged).',
  'backup.copyDiffers': 'it holds {found, number} entries and another anchor, where the vault held {expected, number}.',
  'backup.restoreFolderExists': '{folder} already exists: choose a new folder for the restored vault, so nothing is written over. Nothing was written.',
  'backup.restoreInsideBackup': 'The restored vault cannot go inside the backup folder: choose a place outside it. Nothing was written.',
  'backup.notABackup': '{folder} does not hold a backup: a backup folder holds ledger.sqlite and key-slots.json. Nothing was written.',
  'backup.secretDoesNotOpen':
    'This does not open the backup. A backup opens with the passphrase, or the recovery code, that was current when it was made, not necessarily today’s. Nothing was written.',
  'backup.ledgerDoesNotOpen': 'The backup’s ledger does not open with its own key slots: the backup is damaged, or its two files come from different backups. Nothing was written.',
  'backup.damaged': 'The backup fails its check: {problem} Nothing was written.',
} as const;
