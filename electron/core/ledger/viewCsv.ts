// A view of the ledger written to a CSV file for a meeting: every entry the filter matches, newest
// first, as the list shows them (with the running balance when the view has one). The file is
// written beside the one asked for under a temporary name and linked into place only once whole, so
// a refusal, a failure or a stop leaves nothing, and a file already there is never replaced (the
// link fails rather than overwrite). Encrypted, it goes through the handover's age writer.
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Papa from 'papaparse';
import type { EntryFilter, LedgerRow } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import type { Language } from '../../../shared/messages/language.ts';
import { categoryLabel, entryKindNames } from '../../../shared/messages/ledgerWords.ts';
import { say } from '../../../shared/messages/message.ts';
import { translatorFor, type Translator } from '../../../shared/messages/translator.ts';
import { minorDigits } from '../../../shared/money.ts';
import { AgeWriter, type AgeLock } from '../handover/ageFile.ts';
import type { ReportProgress } from '../longWork.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { fileSystemCode, notWritten, syncFolder } from '../vault/fileSync.ts';
import { privateFileMode } from '../vault/privateFiles.ts';
import { countEntries, listEntries } from './entryQuery.ts';
import { followsOneBalance } from '../../../shared/runningBalance.ts';

/** Entries read and written at a time (the list's largest window), and between two progress reports. */
const rowsPerSlice = 1_000;

/**
 * A spreadsheet runs a cell that begins with = + - @, a tab or a carriage return as a formula (a memo
 * "=HYPERLINK(…)" would be a link that sends data away). Such text is written with a ' before it, as
 * OWASP advises; amounts and numbers are written as numbers, which no spreadsheet runs.
 */
const formulaStart = /^[=+\-@\t\r]/;

type Cell = string | number;

function columnsOf(words: Translator, withBalance: boolean): Array<{ heading: string; cell: (row: LedgerRow) => Cell }> {
  const major = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);
  return [
    { heading: words.words('ledgerExport.heading.entry'), cell: (row) => row.seq },
    { heading: words.words('ledgerExport.heading.date'), cell: (row) => row.date },
    { heading: words.words('ledgerExport.heading.kind'), cell: (row) => words.say(entryKindNames[row.kind]) },
    // Signed as it moved its (paying) account; a transfer's amount is what moved, unsigned.
    { heading: words.words('ledgerExport.heading.amount'), cell: (row) => major(row.kind === 'transfer' ? row.amount : row.accountEffect, row.currency) },
    { heading: words.words('ledgerExport.heading.currency'), cell: (row) => row.currency },
    { heading: words.words('ledgerExport.heading.account'), cell: (row) => row.accountName },
    { heading: words.words('ledgerExport.heading.toAccount'), cell: (row) => row.toAccountName ?? '' },
    { heading: words.words('ledgerExport.heading.fund'), cell: (row) => row.fundName },
    { heading: words.words('ledgerExport.heading.toFund'), cell: (row) => row.toFundName ?? '' },
    { heading: words.words('ledgerExport.heading.category'), cell: (row) => (row.category === null ? '' : categoryLabel(words, row.category)) },
    { heading: words.words('ledgerExport.heading.recipient'), cell: (row) => row.recipientCode ?? '' },
    { heading: words.words('ledgerExport.heading.memo'), cell: (row) => row.memo ?? '' },
    { heading: words.words('ledgerExport.heading.corrects'), cell: (row) => row.reversesSeq ?? '' },
    { heading: words.words('ledgerExport.heading.reversedBy'), cell: (row) => row.reversedBySeq ?? '' },
    // Cleared as the list says (ledgerRowSchema's `cleared`): on the view's account, or on every account the entry moves.
    { heading: words.words('ledgerExport.heading.cleared'), cell: (row) => (row.cleared ? words.words('ledgerExport.clearedMark') : '') },
    ...(withBalance ? [{ heading: words.words('ledgerExport.heading.balanceAfter'), cell: (row: LedgerRow) => (row.balanceAfter === null ? '' : major(row.balanceAfter, row.currency)) }] : []),
  ];
}

/** Lines of CSV, text that a spreadsheet would run guarded. */
function csvLines(rows: Cell[][]): string {
  return `${Papa.unparse(rows, { escapeFormulae: formulaStart, newline: '\r\n' })}\r\n`;
}

/** Writes the view to a new file at `path` (a full path), locked with age when `lock` is given. Returns how many entries it holds. */
export async function writeViewCsv(db: Ledger, filter: EntryFilter, path: string, lock: AgeLock | null, language: Language, report: ReportProgress): Promise<number> {
  if (existsSync(path)) throw new TreasuryError('NOT_PERMITTED', say('ledgerExport.fileExists', { path }));
  if (!existsSync(dirname(path))) throw new TreasuryError('NOT_FOUND', say('ledgerExport.noSuchFolder', { folder: dirname(path) }));
  const columns = columnsOf(translatorFor(language), followsOneBalance(filter));
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  const file = await open(partial, 'wx', privateFileMode).catch((error: unknown) => {
    throw notWritten(error, (problem) => say('ledgerExport.fileNotWritten', { path, problem }));
  });
  let writer: AgeWriter | undefined;
  // One read transaction: the file is the view at one moment, even if another window records meanwhile.
  db.exec('BEGIN');
  try {
    writer = lock === null ? undefined : await AgeWriter.begin(file, lock);
    const put = async (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      if (writer === undefined) await file.write(bytes);
      else await writer.write(bytes);
    };
    const total = countEntries(db, filter);
    await put(csvLines([columns.map((column) => column.heading)]));
    let done = 0;
    for (;;) {
      const rows = listEntries(db, filter, { offset: done, limit: rowsPerSlice });
      if (rows.length === 0) break;
      await put(csvLines(rows.map((row) => columns.map((column) => column.cell(row)))));
      done += rows.length;
      await report({ step: 'csvRows', done, total });
    }
    if (writer !== undefined) await writer.finish();
    await file.sync();
    await file.close();
    // A link, not a rename: it fails if a file appeared at the path meanwhile, where a rename would replace it.
    linkSync(partial, path);
    rmSync(partial);
    syncFolder(dirname(path));
    return done;
  } catch (error) {
    writer?.abandon();
    await file.close().catch(() => undefined);
    rmSync(partial, { force: true });
    if (fileSystemCode(error) === 'EEXIST') throw new TreasuryError('NOT_PERMITTED', say('ledgerExport.fileExists', { path }));
    throw notWritten(error, (problem) => say('ledgerExport.fileNotWritten', { path, problem }));
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}
