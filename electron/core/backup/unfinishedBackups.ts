// What a backup of this vault left unfinished when the app stopped in the middle (a crash, the laptop
// losing power): a hidden `.mutual-ledger-backup-….in-making` folder that never took its name. The
// next backup to the same folder removes it, and says so. Only such folders are touched: the name the
// app gives them, a real folder (not a link) holding nothing but the files a backup writes, and key
// slots that belong to this vault (its id, and for a sealed slot list a MAC under this data key).
// That last test, made while the vault's write lock is held, is what tells one a crash left from one
// being made at this moment: every backup of this vault holds that lock until its folder has its
// name, so no window of this vault is making one; another vault's folders are never touched, nor is a
// folder killed before its key slots were written in it (nothing in it says whose it is).
import { lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseKeySlotFile } from '../vault/keySlotFile.ts';
import { slotListIsAuthentic } from '../vault/keySlots.ts';

/** The hidden name of a backup folder in the making (stagingFolderFor of backupFolderName). */
const unfinishedName = /^\.mutual-ledger-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.in-making$/;

/** The files a backup in the making can hold: the key slots, the ledger and the journal SQLite keeps beside it while it writes. */
const backupFiles = new Set(['key-slots.json', 'ledger.sqlite', 'ledger.sqlite-journal']);

/**
 * Removes the unfinished backups of this vault in `to`, all but `except` (the one being made now), and
 * returns their paths, sorted. Call it only while holding the vault's write lock.
 */
export function sweepUnfinishedBackups(to: string, vaultId: string, dataKey: Buffer, except: string): string[] {
  const swept: string[] = [];
  for (const name of readdirSync(to).sort()) {
    const folder = join(to, name);
    if (!unfinishedName.test(name) || folder === except || !isUnfinishedBackupOf(folder, vaultId, dataKey)) continue;
    rmSync(folder, { recursive: true });
    swept.push(folder);
  }
  return swept;
}

function isUnfinishedBackupOf(folder: string, vaultId: string, dataKey: Buffer): boolean {
  try {
    if (!lstatSync(folder).isDirectory()) return false;
    const names = readdirSync(folder);
    if (!names.includes('key-slots.json') || names.some((name) => !backupFiles.has(name) || !lstatSync(join(folder, name)).isFile())) return false;
    const slots = parseKeySlotFile(readFileSync(join(folder, 'key-slots.json'), 'utf8'));
    return slots.vaultId === vaultId && slotListIsAuthentic(slots, dataKey);
  } catch {
    // Unreadable, or key slots that do not parse: not known to be ours, so left as it is.
    return false;
  }
}
