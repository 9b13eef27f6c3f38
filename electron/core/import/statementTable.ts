// A CSV statement read as a table of named cells, with a real CSV parser (Papa Parse: quoted commas,
// line breaks inside quotes, a byte-order mark, \r\n and \n mixed), never split(','). Columns are
// found by their header's name, never by position: the platforms reorder and add columns over the
// years, and put titles and balances above and below the rows.
import Papa from 'papaparse';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { columnKey } from '../../../shared/contract/columnMapping.ts';

/** A row of the statement below its header: the line it starts on (from 1), and its cells by header name. */
export interface StatementRow {
  line: number;
  cells: ReadonlyMap<string, string>;
}

export interface StatementTable {
  /** The header row's cells, as the file writes them. */
  header: string[];
  headerLine: number;
  /** Every row after the header with a cell that is not blank: data rows, and any trailer (balances, disclaimers) the importer skips. */
  rows: StatementRow[];
  /**
   * Rows with more cells than the header has columns, something in the extra ones: a comma left out
   * of quotes ("$1,000.00" written bare) shifts every cell after it, so the row cannot be read by name.
   */
  unreadable: Array<{ line: number; reason: Message }>;
}

/**
 * Reads a CSV statement: its header is the first row holding every `required` column (by columnKey,
 * in any order, among any others), and the rows above it (a title, an account, a period) are passed
 * over. Undefined when no row holds them all: the file is of another kind. A file CSV cannot read
 * (a quote never closed) is refused with its line.
 */
export function readStatementTable(text: string, required: readonly string[]): StatementTable | undefined {
  const records = csvRecords(text);
  const wanted = required.map(columnKey);
  const headerAt = records.findIndex(({ cells }) => {
    const names = new Set(cells.map(columnKey));
    return wanted.every((name) => names.has(name));
  });
  const headerRecord = records[headerAt];
  if (headerRecord === undefined) return undefined;
  const keys = headerRecord.cells.map(columnKey);
  const rows: StatementRow[] = [];
  const unreadable: StatementTable['unreadable'] = [];
  for (const { cells, line } of records.slice(headerAt + 1)) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.slice(keys.length).some((cell) => cell.trim() !== '')) {
      unreadable.push({ line, reason: say('import.moreCellsThanColumns', { cells: cells.length, columns: keys.length }) });
      continue;
    }
    const named = new Map<string, string>();
    // The first column of a name wins: a later one of the same name is another column, not this one.
    keys.forEach((key, index) => {
      if (!named.has(key)) named.set(key, cells[index] ?? '');
    });
    rows.push({ line, cells: named });
  }
  return { header: headerRecord.cells, headerLine: headerRecord.line, rows, unreadable };
}

/** The first `count` records of a CSV text that are not blank, with the line each starts on: what a column mapping is made from. */
export function firstRecords(text: string, count: number): Array<{ cells: string[]; line: number }> {
  return csvRecords(text)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .slice(0, count);
}

/**
 * Every record of a CSV text with the line it starts on (lines end with \n, \r\n or \r, inside quotes
 * too). The separator is the comma, or the semicolon or tab a bank's CSV uses where the comma is the
 * decimal mark, as Papa Parse tells from the file's own rows.
 */
function csvRecords(text: string): Array<{ cells: string[]; line: number }> {
  // One kind of line break, so that a file mixing them (a trailer added on another system) reads whole; no byte-order mark.
  const lines = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const records: Array<{ cells: string[]; line: number }> = [];
  let line = 1;
  let counted = 0;
  let unclosedAt: number | undefined;
  Papa.parse<string[]>(lines, {
    newline: '\n',
    delimitersToGuess: [',', ';', '\t'],
    step: ({ data, errors, meta }) => {
      if (errors.some((error) => error.code === 'MissingQuotes')) unclosedAt ??= line;
      records.push({ cells: data, line });
      // The next record starts where this one ended: count the line breaks up to there.
      for (; counted < meta.cursor; counted += 1) if (lines.charCodeAt(counted) === 0x0a) line += 1;
    },
  });
  if (unclosedAt !== undefined) throw new TreasuryError('INVALID_INPUT', say('import.csvUnreadable', { line: unclosedAt }));
  return records;
}
