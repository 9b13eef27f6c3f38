import { copyFileSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { renameDurably, syncFile, syncFolder } from './fileSync.ts';
import { temporaryPrefix } from './keySlotWriter.ts';
import { ledgerOpensAndChecks, reencryptLedgerFile, type LedgerOptions } from './ledgerDatabase.ts';
import type { VaultFolder } from './vaultFolder.ts';

/**
 * The files of a re-key, and the order that makes it crash-safe. The re-encrypted ledger and its key
 * slots are prepared beside the live ones; then two renames replace them:
 *
 *   1. ledger.sqlite.rekey and key-slots.json.rekey are written in full and flushed;
 *   2. ledger.sqlite.rekey → ledger.sqlite (the commit point: the old ledger file is gone);
 *   3. key-slots.json.rekey → key-slots.json.
 *
 * On open, finishInterruptedRekey reads what is left: a ledger.sqlite.rekey means step 2 never
 * happened, so both new files are thrown away and the old vault stands; a key-slots.json.rekey alone
 * means step 2 happened, so step 3 is done now and the new vault stands. Never neither.
 */
export type RekeyStep = 'slots-prepared' | 'ledger-closed' | 'ledger-copied' | 'copy-reencrypted' | 'copy-checked' | 'slots-written' | 'ledger-replaced' | 'slots-replaced';

export const rekeySteps: readonly RekeyStep[] = ['slots-prepared', 'ledger-closed', 'ledger-copied', 'copy-reencrypted', 'copy-checked', 'slots-written', 'ledger-replaced', 'slots-replaced'];

export interface RekeyPaths {
  ledger: string;
  keySlots: string;
}

export function rekeyPaths(folder: VaultFolder): RekeyPaths {
  return { ledger: `${folder.ledger}.rekey`, keySlots: `${folder.keySlots}.rekey` };
}

/** Undoes or completes a re-key a crash interrupted; says which. */
export function finishInterruptedRekey(folder: VaultFolder): 'none' | 'undone' | 'completed' {
  const paths = rekeyPaths(folder);
  // SQLite's own files of the copy, left if the crash came while it was open.
  const copyFiles = [paths.ledger, `${paths.ledger}-journal`, `${paths.ledger}-wal`, `${paths.ledger}-shm`];
  if (copyFiles.some((path) => existsSync(path))) {
    copyFiles.forEach((path) => rmSync(path, { force: true }));
    rmSync(paths.keySlots, { force: true });
    syncFolder(folder.dir);
    return 'undone';
  }
  if (existsSync(paths.keySlots)) {
    renameDurably(paths.keySlots, folder.keySlots);
    return 'completed';
  }
  return 'none';
}

/**
 * Removes the temporary files a crash left behind. Every key-slot write holds the key-change lock,
 * so while the caller holds it, a key-slot temporary file is a dead writer's, however new. Settings
 * and back-off files are written without that lock: theirs are removed only once older than a
 * minute, so never another window's write in progress.
 */
export function removeStrayTemporaryFiles(folder: VaultFolder, now: Date): string[] {
  if (!existsSync(folder.dir)) return [];
  const stray = readdirSync(folder.dir)
    .filter((name) => name.endsWith('.tmp'))
    .filter((name) => name.startsWith(temporaryPrefix) || (/^\.[0-9a-f]{12}\.tmp$/.test(name) && now.getTime() - statSync(join(folder.dir, name)).mtimeMs > 60_000))
    .map((name) => join(folder.dir, name));
  stray.forEach((path) => rmSync(path, { force: true }));
  return stray;
}

/** Steps 1 (the ledger half): a private copy of the closed ledger, re-encrypted under `newKey`, checked and flushed. */
export function prepareReencryptedLedger(folder: VaultFolder, oldKey: Buffer, newKey: Buffer, options: LedgerOptions, step: (name: RekeyStep) => void): void {
  const paths = rekeyPaths(folder);
  // A WAL still holding pages means another window has the ledger open; its copy would miss them.
  if (existsSync(`${folder.ledger}-wal`) && statSync(`${folder.ledger}-wal`).size > 0) {
    throw new TreasuryError('VAULT_BUSY', say('vault.openInAnotherWindow'));
  }
  copyFileSync(folder.ledger, paths.ledger);
  step('ledger-copied');
  reencryptLedgerFile(paths.ledger, oldKey, newKey, options);
  step('copy-reencrypted');
  if (!ledgerOpensAndChecks(paths.ledger, newKey, options) || ledgerOpensAndChecks(paths.ledger, oldKey, options)) {
    throw new TreasuryError('INTERNAL', say('vault.reencryptedCopyFailed'));
  }
  syncFile(paths.ledger);
  step('copy-checked');
}

/** Steps 2 and 3: the renames. After the first one the new vault is the vault. */
export function commitRekey(folder: VaultFolder, step: (name: RekeyStep) => void): void {
  const paths = rekeyPaths(folder);
  syncFolder(folder.dir);
  renameDurably(paths.ledger, folder.ledger);
  step('ledger-replaced');
  renameDurably(paths.keySlots, folder.keySlots);
  step('slots-replaced');
}

/** Throws away a re-key that failed before its commit point. */
export function abandonRekey(folder: VaultFolder): void {
  finishInterruptedRekey(folder);
}
