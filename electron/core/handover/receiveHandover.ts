// Reads a handover file into a new vault's ledger, a line at a time: every line checked against the
// payload's schema, every section against its count and checksum, then the whole ledger against its
// hashes, chains, totals and the anchor the file states. The caller writes into a folder of its own
// and keeps it only if all of this passes: nothing is kept of a file refused anywhere.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type * as z from 'zod';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { firstVerificationProblem } from '../../../shared/verification.ts';
import type { ReportProgress, WorkTurn } from '../longWork.ts';
import { migrate } from '../ledger/schema/migrate.ts';
import { insertEntryRows, type StoredEntryRow } from '../ledger/schema/entryRow.ts';
import { verifyLedger } from '../ledger/verifyLedger.ts';
import { groupKeyFingerprint } from '../vault/groupSigningKey.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { AgeRefusal, ageFileChunks, type AgeKey } from './ageFile.ts';
import { sectionsOf, payloadEndSchema, payloadHeaderSchema, rowSchema, sectionColumns, sectionEndSchema, sectionStartSchema, type HandoverSection, type PayloadHeader } from './handoverPayload.ts';

/** Far above any row (a receipt of 5 MiB is under 7 MiB of base64): a line longer than this is not one. */
const lineLimit = 64 * 1024 * 1024;
/** Rows written between two progress reports. */
const rowsPerReport = 5_000;

/** A handover file opened and its header read; its lines follow, each checked by age before it is given. */
export interface OpenedHandover {
  header: PayloadHeader;
  lines: AsyncGenerator<Buffer>;
}

/** Opens the file with the key and reads its header; refuses a file the key does not open, or one that is not a handover. */
export async function openHandover(file: FileHandle, key: AgeKey): Promise<OpenedHandover> {
  const lines = payloadLines(ageFileChunks(file, key));
  const first = await lines.next();
  const header = first.done === true ? undefined : payloadHeaderSchema.safeParse(parsedLine(first.value)).data;
  if (header === undefined) {
    await lines.return(undefined);
    throw notAHandover();
  }
  return { header, lines };
}

/** Why a handover file was refused, as the core says it. */
export function handoverRefusal(error: unknown): unknown {
  if (!(error instanceof AgeRefusal)) return error;
  return error.why === 'does-not-open' ? new TreasuryError('HANDOVER_DOES_NOT_OPEN', say('handover.doesNotOpen')) : new TreasuryError('HANDOVER_DAMAGED', say('handover.damaged'));
}

/**
 * Writes the payload's rows into `db`, a new ledger at the header's schema version with nothing of
 * its own yet, in one transaction: then brings it to this app's schema and checks it whole. Throws
 * before the transaction commits if anything is amiss, the file's last chunk included.
 */
export async function writeReceivedLedger(db: Ledger, { header, lines }: OpenedHandover, report: ReportProgress, turn: WorkTurn): Promise<void> {
  db.exec('BEGIN IMMEDIATE');
  try {
    emptyNewLedger(db);
    let done = 0;
    const sections = sectionsOf(db);
    for (const section of sections) done = await readSection(db, section, lines, done, header.rows, report);
    const last = await lines.next();
    if (last.done === true || payloadEndSchema.safeParse(parsedLine(last.value)).data?.sections !== sections.length) throw damaged(say('handover.endMissing'));
    // Nothing may follow the last line; reaching the end is also what checks the file's last chunk.
    if ((await lines.next()).done !== true) throw damaged(say('handover.endMissing'));
    migrate(db);
    const verified = await verifyLedger(db, { expectAnchor: header.anchor }, undefined, turn);
    const problem = firstVerificationProblem(verified);
    if (problem !== null) throw damaged(say('handover.ledgerFailsItsCheck', { problem }));
    if (verified.entries !== header.entries) throw damaged(say('handover.ledgerFailsItsCheck', { problem: say('handover.entriesDiffer', { stated: header.entries, found: verified.entries }) }));
    if (groupKeyFingerprint(db) !== header.groupKeyFingerprint) throw damaged(say('handover.ledgerFailsItsCheck', { problem: say('handover.groupKeyDiffers') }));
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    // A row SQLite refuses (a constraint, a key twice) is a file that does not hold a ledger this app wrote.
    throw error instanceof Error && error.name === 'SqliteError' ? damaged(say('handover.rowsRefused')) : error;
  } finally {
    await lines.return(undefined);
  }
}

/** The rows a new ledger's schema steps write of their own (the General fund, the built-in categories, their facts, a counterparty key): the handover brings the old vault's. */
function emptyNewLedger(db: Ledger): void {
  for (const section of sectionsOf(db)) {
    // Facts are append-only by trigger: it is set aside for this one delete, on a ledger nobody has seen yet, and put back as it was.
    const guards = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%BEFORE DELETE%'").all(section) as Array<{ name: string; sql: string }>;
    for (const { name } of guards) db.exec(`DROP TRIGGER ${name}`);
    db.exec(`DELETE FROM ${section}`);
    for (const { sql } of guards) db.exec(sql);
  }
}

/** One section: its opening line, its rows written as they come, and its closing count and checksum. Returns the rows done so far. */
async function readSection(db: Ledger, section: HandoverSection, lines: AsyncGenerator<Buffer>, doneBefore: number, total: number, report: ReportProgress): Promise<number> {
  const columns = sectionColumns(db, section);
  const start = await lines.next();
  const opened = start.done === true ? undefined : sectionStartSchema.safeParse(parsedLine(start.value)).data;
  if (opened?.section !== section || opened.columns.join() !== columns.map(({ name }) => name).join()) throw damaged(say('handover.sectionMissing', { section }));
  const checkRow: z.ZodType<Array<string | number | null>> = rowSchema(columns);
  const blobs = columns.flatMap(({ kind }, index) => (kind === 'blob' ? [index] : []));
  const insertRow = db.prepare(`INSERT INTO ${section} (${columns.map(({ name }) => name).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const hash = createHash('sha256');
  let batch: StoredEntryRow[] = [];
  let count = 0;
  const writeBatch = async (): Promise<void> => {
    // Entries go the one way every entry is written, which adds them to the monthly totals and the memo index.
    if (section === 'entries') insertEntryRows(db, batch);
    batch = [];
    await report({ step: 'receiving', done: doneBefore + count, total });
  };
  for (;;) {
    const next = await lines.next();
    if (next.done === true) throw damaged(say('handover.sectionCutShort', { section }));
    const text = next.value.toString('utf8');
    if (text.startsWith('{')) {
      const end = sectionEndSchema.safeParse(parsedLine(next.value)).data;
      if (end?.end !== section || end.rows !== count || end.sha256 !== hash.digest('hex')) throw damaged(say('handover.sectionDoesNotAddUp', { section }));
      break;
    }
    hash.update(next.value).update('\n');
    const row = checkRow.safeParse(parsedText(text)).data;
    if (row === undefined) throw damaged(say('handover.rowNotReadable', { section, row: count + 1 }));
    if (section === 'entries') batch.push(row);
    else {
      const values: Array<string | number | Buffer | null> = row;
      for (const index of blobs) values[index] = Buffer.from(row[index] as string, 'base64');
      insertRow.run(values);
    }
    count += 1;
    if (count % rowsPerReport === 0) await writeBatch();
  }
  await writeBatch();
  return doneBefore + count;
}

/** The payload split into lines (without their newline), as the chunks come. */
async function* payloadLines(chunks: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of chunks) {
      const buffer = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      let from = 0;
      for (let newline = buffer.indexOf(0x0a, from); newline >= 0; newline = buffer.indexOf(0x0a, from)) {
        yield buffer.subarray(from, newline);
        from = newline + 1;
      }
      rest = buffer.subarray(from);
      if (rest.length > lineLimit) throw damaged(say('handover.lineTooLong'));
    }
    if (rest.length > 0) throw damaged(say('handover.endMissing'));
  } catch (error) {
    throw handoverRefusal(error);
  }
}

function parsedLine(bytes: Buffer): unknown {
  return parsedText(bytes.toString('utf8'));
}

function parsedText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function damaged(reason: Message): TreasuryError {
  return new TreasuryError('HANDOVER_DAMAGED', reason);
}

function notAHandover(): TreasuryError {
  return new TreasuryError('HANDOVER_DAMAGED', say('handover.notAHandover'));
}
