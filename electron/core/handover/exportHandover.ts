// Writes the handover file: the payload, a slice of rows at a time, through age into a temporary
// file beside the one asked for, renamed into place only once whole. The plaintext exists only in
// memory, a slice at a time.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HandedOver } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import type { ReportProgress } from '../longWork.ts';
import { ledgerHead } from '../ledger/verifyLedger.ts';
import { groupKeyFingerprint } from '../vault/groupSigningKey.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { notWritten, renameDurably } from '../vault/fileSync.ts';
import { privateFileMode } from '../vault/privateFiles.ts';
import { AgeWriter, type AgeLock } from './ageFile.ts';
import { handoverFormat, handoverVersion, sectionsOf, sectionColumns, sectionRowFilter, type HandoverSection, type PayloadHeader } from './handoverPayload.ts';

/** Rows written between two progress reports (and two chances for a lock to stop the export). */
export const rowsPerSlice = 5_000;

/** What an export wrote, for both treasurers to compare once the file is received. */
export type ExportedHandover = HandedOver & { path: string; bytes: number };

/**
 * Writes the whole ledger to `path`, locked as asked. Reads inside one read transaction, so the
 * file holds the ledger as it was at one moment even if another window writes meanwhile. A
 * refusal or a stop part way leaves no file behind.
 */
export async function exportHandover(db: Ledger, path: string, lock: AgeLock, now: Date, report: ReportProgress): Promise<ExportedHandover> {
  if (existsSync(path)) throw new TreasuryError('NOT_PERMITTED', say('handover.pathTaken', { path }));
  if (!existsSync(dirname(path))) throw new TreasuryError('NOT_FOUND', say('handover.noSuchFolder', { folder: dirname(path) }));
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  const file = await open(partial, 'wx', privateFileMode).catch((error: unknown) => {
    throw notWritten(error, (problem) => say('handover.fileNotWritten', { path, problem }));
  });
  let writer: AgeWriter | undefined;
  db.exec('BEGIN');
  try {
    const head = ledgerHead(db);
    if (head.anchor === null) throw new Error('A ledger without facts cannot be handed over.');
    const sections = sectionsOf(db);
    const counts = sections.map((section) => rowCount(db, section));
    const header: PayloadHeader = {
      format: handoverFormat,
      version: handoverVersion,
      ledgerSchema: db.pragma('user_version', { simple: true }) as number,
      madeAt: now.toISOString(),
      rows: counts.reduce((sum, rows) => sum + rows, 0),
      entries: head.entries,
      anchor: head.anchor,
      groupKeyFingerprint: groupKeyFingerprint(db),
    };
    writer = await AgeWriter.begin(file, lock);
    await writer.write(line(header));
    let done = 0;
    for (const section of sections) {
      done = await writeSection(db, section, writer, done, header.rows, report);
    }
    await writer.write(line({ end: 'handover', sections: sections.length }));
    const bytes = await writer.finish();
    await file.sync();
    await file.close();
    renameDurably(partial, path);
    return { path, bytes, entries: header.entries, anchor: header.anchor, groupKeyFingerprint: header.groupKeyFingerprint };
  } catch (error) {
    writer?.abandon();
    await file.close().catch(() => undefined);
    rmSync(partial, { force: true });
    throw notWritten(error, (problem) => say('handover.fileNotWritten', { path, problem }));
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

function rowCount(db: Ledger, section: HandoverSection): number {
  return db
    .prepare(`SELECT count(*) FROM ${section} ${sectionRowFilter[section] ?? ''}`)
    .pluck()
    .get() as number;
}

/** One section: the line naming it, its rows a slice at a time, the line with their count and checksum. Returns the rows done so far. */
async function writeSection(db: Ledger, section: HandoverSection, writer: AgeWriter, doneBefore: number, total: number, report: ReportProgress): Promise<number> {
  const columns = sectionColumns(db, section);
  const blobs = columns.flatMap(({ kind }, index) => (kind === 'blob' ? [index] : []));
  await writer.write(line({ section, columns: columns.map(({ name }) => name) }));
  const hash = createHash('sha256');
  const rows = db
    .prepare(`SELECT ${columns.map(({ name }) => name).join(', ')} FROM ${section} ${sectionRowFilter[section] ?? ''} ORDER BY ${orderOf(section)}`)
    .raw()
    .iterate() as IterableIterator<Array<string | number | Buffer | null>>;
  let count = 0;
  let slice: string[] = [];
  const flush = async (): Promise<void> => {
    const bytes = Buffer.from(slice.join(''), 'utf8');
    hash.update(bytes);
    await writer.write(bytes);
    count += slice.length;
    slice = [];
    await report({ step: 'exporting', done: doneBefore + count, total });
  };
  try {
    for (const row of rows) {
      for (const index of blobs) {
        const value = row[index];
        if (Buffer.isBuffer(value)) row[index] = value.toString('base64');
      }
      slice.push(`${JSON.stringify(row)}\n`);
      if (slice.length === rowsPerSlice) await flush();
    }
    if (slice.length > 0) await flush();
  } finally {
    rows.return?.();
  }
  await writer.write(line({ end: section, rows: count, sha256: hash.digest('hex') }));
  return doneBefore + count;
}

/** Rows in the order they were added (the monthly totals, which have no rowid, by their key): entries by number. */
function orderOf(section: HandoverSection): string {
  return section === 'monthly_totals' ? 'account_id, fund_id, currency, month, posting_kind, category' : 'rowid';
}

function line(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
}
