// A CSV statement read as a table of named cells, with a real CSV parser (csv-parse: quoted commas,
// line breaks inside quotes, a byte-order mark, \r\n and \n mixed), never split(','). Columns are
// found by their header's name, never by position: the platforms reorder and add columns over the
// years, and put titles and balances above and below the rows.
import { CsvError, parse } from 'csv-parse/sync';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
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
  const rows = records
    .slice(headerAt + 1)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .map(({ cells, line }) => {
      const named = new Map<string, string>();
      // The first column of a name wins: a later one of the same name is another column, not this one.
      keys.forEach((key, index) => {
        if (!named.has(key)) named.set(key, cells[index] ?? '');
      });
      return { line, cells: named };
    });
  return { header: headerRecord.cells, headerLine: headerRecord.line, rows };
}

/** The first `count` records of a CSV text that are not blank, with the line each starts on: what a column mapping is made from. */
export function firstRecords(text: string, count: number): Array<{ cells: string[]; line: number }> {
  return csvRecords(text)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .slice(0, count);
}

/** Every record of a CSV text with the line it starts on (lines end with \n or \r\n, inside quotes too). */
function csvRecords(text: string): Array<{ cells: string[]; line: number }> {
  const bytes = Buffer.from(text);
  let parsed: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    // With `info`, each record comes with the bytes read up to its end; the parser's types do not follow that option.
    parsed = parse(bytes, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, record_delimiter: ['\r\n', '\n'] }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new TreasuryError('INVALID_INPUT', say('import.csvUnreadable', { line: Number((error as CsvError & { lines?: number }).lines ?? 0) }));
  }
  let counted = 0;
  let breaks = 0;
  return parsed.map(({ record, info }) => {
    for (; counted < info.bytes; counted += 1) if (bytes[counted] === 0x0a) breaks += 1;
    // The record ends on the line before its own line break, and starts as many lines up as its cells hold breaks.
    const endLine = breaks + 1 - (bytes[info.bytes - 1] === 0x0a ? 1 : 0);
    const inside = record.reduce((sum, cell) => sum + (cell.match(/\n/gu)?.length ?? 0), 0);
    return { cells: record, line: endLine - inside };
  });
}
