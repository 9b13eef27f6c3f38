// "Back up now": the vault's ledger copied by SQLite's VACUUM INTO, which writes the copy under the
// same SQLCipher key (no page of it is ever plaintext, on disk or in a temporary file: temp_store is
// MEMORY), and its key slots, into a hidden folder beside the one the backup will have. The copy is
// then opened and checked as a restore would check it; only then does the folder take its name.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAbsolute, join } from 'node:path';
import type { Anchor, BackupMadeNow } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { firstVerificationProblem } from '../../../shared/verification.ts';
import { damagedIfUnreadable } from './backupDamaged.ts';
import type { ReportProgress } from '../longWork.ts';
import { ledgerHead, verifyLedger } from '../ledger/verifyLedger.ts';
import { readOnSameConnection } from '../vault/backgroundReader.ts';
import { notWritten, renameDurably, syncFile } from '../vault/fileSync.ts';
import { parseKeySlotFile } from '../vault/keySlotFile.ts';
import { slotListIsAuthentic } from '../vault/keySlots.ts';
import { holdWriteLock, openLedgerAsItIs, type Ledger, type LedgerOptions } from '../vault/ledgerDatabase.ts';
import { FailedInWorker, runLedgerWorker } from '../vault/ledgerWorker.ts';
import { createPrivateFile, privateFileMode, privateFolderMode } from '../vault/privateFiles.ts';
import { liesOutside, stagingFolderFor, vaultFolder, type VaultFolder } from '../vault/vaultFolder.ts';
import { sweepUnfinishedBackups } from './unfinishedBackups.ts';

/** What a backup is made from: the unlocked vault's folder, connection and a private copy of its key. */
export interface VaultToBackUp {
  folder: VaultFolder;
  ledger: Ledger;
  dataKey: Buffer;
  ledgerOptions: LedgerOptions;
}

/** How often the copy's size is looked at while SQLite writes it, for the progress bar. */
const copyProgressEveryMs = 250;

/** The name of a backup folder: the moment it was made, in UTC, so that backups sort by date side by side. */
export function backupFolderName(madeAt: Date): string {
  return `mutual-ledger-backup-${madeAt.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}

/**
 * Backs the vault up into a new folder inside `to`. Until the folder has its name no other window may
 * write (the copy and the entries and anchor read beside it are one moment of the ledger, and no other
 * backup of this vault is being made, so what one left unfinished can be told apart and swept:
 * unfinishedBackups.ts). A refusal, a failed check or a stop leaves nothing in `to`.
 */
export async function backUpVault(vault: VaultToBackUp, to: string, now: Date, report: ReportProgress): Promise<BackupMadeNow> {
  // A relative path would mean the core process's working folder, which no treasurer chose.
  if (!isAbsolute(to)) throw new TreasuryError('NOT_PERMITTED', say('backup.pathNotFull'));
  if (!existsSync(to) || !statSync(to).isDirectory()) throw new TreasuryError('NOT_FOUND', say('backup.noSuchFolder', { folder: to }));
  if (!liesOutside(vault.folder, to)) throw new TreasuryError('NOT_PERMITTED', say('backup.insideVault'));
  const backup = vaultFolder(join(to, backupFolderName(now)));
  if (existsSync(backup.dir)) throw new TreasuryError('NOT_PERMITTED', say('backup.alreadyThere', { folder: backup.dir }));
  const partial = stagingFolderFor(backup);
  try {
    rmSync(partial.dir, { recursive: true, force: true });
    mkdirSync(partial.dir, { mode: privateFolderMode });
    const releaseWrites = holdWriteLock(vault.folder.ledger, vault.dataKey, vault.ledgerOptions);
    try {
      const { entries, anchor } = ledgerHead(vault.ledger);
      if (anchor === null) throw new Error('A ledger without facts cannot be backed up.');
      const head = { entries, anchor };
      const keySlots = readFileSync(vault.folder.keySlots, 'utf8');
      const slots = parseKeySlotFile(keySlots);
      // The slots copied must open this very key: not a file another window re-keyed since this one unlocked.
      if (!slotListIsAuthentic(slots, vault.dataKey)) throw new TreasuryError('KEYS_CHANGED', say('backup.keysChanged'));
      // First, so that the room they took is free for this copy.
      const sweptUnfinished = sweepUnfinishedBackups(to, slots.vaultId, vault.dataKey, partial.dir);
      writeFileSync(partial.keySlots, keySlots, { mode: privateFileMode, flag: 'wx' });
      await copyLedger(vault, partial.ledger, report);
      await checkCopy(partial, vault, head, report);
      syncFile(partial.ledger);
      syncFile(partial.keySlots);
      renameDurably(partial.dir, backup.dir);
      return { folder: backup.dir, madeAt: now.toISOString(), ...head, sweptUnfinished };
    } finally {
      releaseWrites();
    }
  } catch (error) {
    rmSync(partial.dir, { recursive: true, force: true });
    throw notWritten(error, (problem) => say('backup.notWritten', { folder: to, problem }));
  }
}

/**
 * VACUUM INTO the new file, in a worker thread on a read-only connection of its own, so that the
 * core can report how far it is (the size written so far) and hear a stop meanwhile. A stop waits
 * for SQLite to finish the statement (no thread can be cut in the middle of one) before the caller
 * removes the file. Where no worker can start, the ledger's own connection copies it.
 */
async function copyLedger(vault: VaultToBackUp, target: string, report: ReportProgress): Promise<void> {
  // Made empty and private first: SQLite writes into it rather than making it with wider modes.
  createPrivateFile(target);
  const total = Math.ceil(((vault.ledger.pragma('page_count', { simple: true }) as number) * (vault.ledger.pragma('page_size', { simple: true }) as number)) / 1024);
  const copying = runLedgerWorker(vault.folder.ledger, vault.dataKey, vault.ledgerOptions, {
    body: `db.prepare('VACUUM INTO ?').run(workerData.target); parentPort.postMessage({ copied: true });`,
    readonly: true,
    data: { target },
  }).catch((error: unknown) => {
    if (error instanceof FailedInWorker) throw error;
    truncateSync(target);
    vault.ledger.prepare('VACUUM INTO ?').run(target);
  });
  let finished = false;
  const settled = copying.then(
    () => (finished = true),
    () => (finished = true),
  );
  try {
    while (!finished) {
      await report({ step: 'copying', done: Math.min(total, Math.floor(statSync(target).size / 1024)), total });
      await Promise.race([settled, sleep(copyProgressEveryMs)]);
    }
  } catch (error) {
    await settled;
    throw error;
  }
  await copying;
  await report({ step: 'copying', done: total, total });
}

/**
 * The restore test: the copy opens under the key, SQLite finds nothing wrong, both chains verify,
 * and it holds the entries and the anchor the vault held when it was copied.
 */
async function checkCopy(partial: VaultFolder, vault: VaultToBackUp, head: { entries: number; anchor: Anchor }, report: ReportProgress): Promise<void> {
  let copy: Ledger;
  try {
    copy = openLedgerAsItIs(partial.ledger, vault.dataKey, vault.ledgerOptions);
  } catch {
    throw new TreasuryError('BACKUP_DAMAGED', say('backup.copyFailsItsCheck', { problem: say('backup.copyDoesNotOpen') }));
  }
  try {
    const verified = await verifyLedger(copy, { expectAnchor: head.anchor }, readOnSameConnection(copy), { between: report, signal: new AbortController().signal }).catch((error: unknown) => {
      throw damagedIfUnreadable(error, say('backup.copyFailsItsCheck', { problem: say('backup.notAllReadable') }));
    });
    const problem = firstVerificationProblem(verified);
    if (problem !== null) throw new TreasuryError('BACKUP_DAMAGED', say('backup.copyFailsItsCheck', { problem }));
    const sameAnchor = verified.anchor?.entriesSeq === head.anchor.entriesSeq && verified.anchor.factsSeq === head.anchor.factsSeq && verified.anchor.hash === head.anchor.hash;
    if (verified.entries !== head.entries || !sameAnchor) {
      throw new TreasuryError('BACKUP_DAMAGED', say('backup.copyFailsItsCheck', { problem: say('backup.copyDiffers', { found: verified.entries, expected: head.entries }) }));
    }
  } finally {
    copy.close();
  }
}
