// What retiring a vault does to its folder, once the role has been handed over: nothing of it is left.
import { closeSync, fsyncSync, openSync, readdirSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { syncFolder } from './fileSync.ts';
import { isVaultFile, type VaultFolder } from './vaultFolder.ts';

/**
 * Overwrites every key-slot file in the folder (the live one, a re-key's, a half-written one) with
 * random bytes and flushes it: from then on nothing opens the ledger beside them, not the
 * passphrase, not the recovery sheet. A copy of the key slots kept elsewhere still opens a copy of
 * the ledger kept with it: nothing the app does can reach those.
 */
export function overwriteKeySlots(folder: VaultFolder): void {
  for (const name of readdirSync(folder.dir)) {
    if (!/^\.?key-slots/.test(name)) continue;
    const path = join(folder.dir, name);
    const handle = openSync(path, 'r+');
    try {
      writeSync(handle, randomBytes(statSync(path).size), 0, undefined, 0);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
  }
}

/** Removes every file of the vault's own from the folder, then the folder if nothing else is in it; returns how many files went. */
export function removeVaultFiles(folder: VaultFolder): number {
  let removed = 0;
  for (const entry of readdirSync(folder.dir, { withFileTypes: true })) {
    if (!entry.isFile() || !isVaultFile(entry.name)) continue;
    unlinkSync(join(folder.dir, entry.name));
    removed += 1;
  }
  syncFolder(folder.dir);
  // A folder someone also kept other things in stays, with those things; the vault's files are gone.
  if (readdirSync(folder.dir).length === 0) {
    rmdirSync(folder.dir);
    syncFolder(dirname(folder.dir));
  }
  return removed;
}
