// A backup made into a vault again: its two files copied into a hidden folder beside the one asked
// for, opened with the secret of the time the backup was made, checked whole, and renamed into place
// only then. The backup folder itself is only read.
import { constants, copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { Anchor, Confirmation } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { firstVerificationProblem } from '../../../shared/verification.ts';
import type { ReportProgress } from '../longWork.ts';
import { verifyLedger } from '../ledger/verifyLedger.ts';
import { damagedIfUnreadable } from './backupDamaged.ts';
import { readOnSameConnection } from '../vault/backgroundReader.ts';
import { renameDurably } from '../vault/fileSync.ts';
import { readKeySlotFile } from '../vault/keySlotFile.ts';
import { openWithSecret, slotListIsAuthentic } from '../vault/keySlots.ts';
import { closeLedger, openLedger, type Ledger, type LedgerOptions } from '../vault/ledgerDatabase.ts';
import { privateFolderMode } from '../vault/privateFiles.ts';
import { liesOutside, stagingFolderFor, vaultFolder } from '../vault/vaultFolder.ts';

/** What a restore made, for the treasurer to compare with what the backup said when it was made. */
export interface Restored {
  vaultDir: string;
  entries: number;
  anchor: Anchor;
}

/**
 * Makes a new vault at `vaultDir` from the backup folder `backupDir`. Everything that can be refused
 * at once is, before any slow work; any refusal leaves nothing at `vaultDir` nor beside it.
 */
export async function restoreBackup(backupDir: string, vaultDir: string, secret: Confirmation, options: LedgerOptions, report: ReportProgress): Promise<Restored> {
  if (!isAbsolute(backupDir) || !isAbsolute(vaultDir)) throw new TreasuryError('NOT_PERMITTED', say('backup.pathNotFull'));
  const backup = vaultFolder(backupDir);
  const target = vaultFolder(vaultDir);
  if (existsSync(target.dir)) throw new TreasuryError('NOT_PERMITTED', say('backup.restoreFolderExists', { folder: target.dir }));
  if (!liesOutside(backup, target.dir)) throw new TreasuryError('NOT_PERMITTED', say('backup.restoreInsideBackup'));
  if (!isFile(backup.keySlots) || !isFile(backup.ledger)) throw new TreasuryError('NOT_FOUND', say('backup.notABackup', { folder: backup.dir }));
  const keySlots = readKeySlotFile(backup.keySlots);
  // No back-off here: it guards a vault on this laptop, and anyone holding the backup can guess at Argon2id's pace anyway.
  const opened = await openWithSecret(keySlots, secret);
  if (opened === undefined) throw new TreasuryError('WRONG_SECRET', say('backup.secretDoesNotOpen'));
  const staging = stagingFolderFor(target);
  try {
    if (!slotListIsAuthentic(keySlots, opened.dataKey)) throw new TreasuryError('BACKUP_DAMAGED', say('vault.slotListChanged'));
    rmSync(staging.dir, { recursive: true, force: true });
    mkdirSync(staging.dir, { recursive: true, mode: privateFolderMode });
    copyFileSync(backup.ledger, staging.ledger, constants.COPYFILE_EXCL);
    copyFileSync(backup.keySlots, staging.keySlots, constants.COPYFILE_EXCL);
    const restored = await checkRestored(staging.ledger, opened.dataKey, options, report);
    renameDurably(staging.dir, target.dir);
    return { vaultDir: target.dir, ...restored };
  } catch (error) {
    rmSync(staging.dir, { recursive: true, force: true });
    throw error;
  } finally {
    opened.dataKey.fill(0);
    opened.legacyKek?.fill(0);
  }
}

/** Opens the new vault's ledger as the app will, and checks it whole: SQLite's integrity check and both chains. */
async function checkRestored(path: string, dataKey: Buffer, options: LedgerOptions, report: ReportProgress): Promise<{ entries: number; anchor: Anchor }> {
  let db: Ledger;
  try {
    db = openLedger(path, dataKey, options);
  } catch (error) {
    if (error instanceof TreasuryError && error.code === 'VAULT_TOO_NEW') throw error;
    throw new TreasuryError('BACKUP_DAMAGED', say('backup.ledgerDoesNotOpen'));
  }
  try {
    const verified = await verifyLedger(db, {}, readOnSameConnection(db), { between: report, signal: new AbortController().signal }).catch((error: unknown) => {
      throw damagedIfUnreadable(error, say('backup.damaged', { problem: say('backup.notAllReadable') }));
    });
    const problem = firstVerificationProblem(verified);
    if (problem !== null || verified.anchor === null) throw new TreasuryError('BACKUP_DAMAGED', say('backup.damaged', { problem: problem ?? say('ledger.check.notVerified') }));
    return { entries: verified.entries, anchor: verified.anchor };
  } finally {
    closeLedger(db);
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
