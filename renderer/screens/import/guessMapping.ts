// A first guess at a bank CSV's column mapping from the file's first rows, so the form opens mostly
// filled in: which row holds the column names, which column is which by its name, how the dates and
// the cents are written. The treasurer checks each choice before saving; nothing is saved on a guess.
import { dateFormats, type DateFormat } from '../../../shared/contract/index.ts';

export interface PeekedRow {
  line: number;
  cells: string[];
}

export interface MappingChoice {
  /** The line of the row that holds the column names. */
  headerLine: number;
  dateColumn: string;
  dateFormat: DateFormat;
  amountKind: 'one' | 'inAndOut';
  amountColumn: string;
  inColumn: string;
  outColumn: string;
  descriptionColumn: string;
  transactionIdColumn: string;
  counterpartyColumn: string;
  decimalSeparator: '.' | ',';
}

/** The row most likely to hold the column names: the first with as many filled cells as any row has (titles above it have fewer). */
export function guessHeaderLine(rows: PeekedRow[]): number {
  const filled = (row: PeekedRow) => row.cells.filter((cell) => cell.trim() !== '').length;
  const most = Math.max(0, ...rows.map(filled));
  return rows.find((row) => filled(row) === most)?.line ?? rows[0]?.line ?? 1;
}

/** The names of the columns in the header row: each once, as the file writes it. */
export function columnNames(rows: PeekedRow[], headerLine: number): string[] {
  const header = rows.find((row) => row.line === headerLine)?.cells ?? [];
  const seen = new Set<string>();
  return header
    .map((cell) => cell.trim())
    .filter((name) => {
      const key = name.replace(/\s+/gu, ' ').toLowerCase();
      if (name === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The cells of one column in the rows under the header. */
export function sampleOf(rows: PeekedRow[], headerLine: number, column: string): string[] {
  const header = rows.find((row) => row.line === headerLine)?.cells ?? [];
  const at = header.findIndex((cell) => cell.trim() === column);
  if (at < 0) return [];
  return rows
    .filter((row) => row.line > headerLine)
    .map((row) => (row.cells[at] ?? '').trim())
    .filter((cell) => cell !== '');
}

/** The first column whose name matches, among those not taken yet. */
function named(columns: string[], pattern: RegExp, taken: string[] = []): string {
  return columns.find((column) => pattern.test(column) && !taken.includes(column)) ?? '';
}

/** Each format's letters as a pattern (the reader's own rule is in the core; this only guesses). */
const formatPatterns: Record<DateFormat, RegExp> = {
  'YYYY-MM-DD': /^\d{4}-\d{1,2}-\d{1,2}/u,
  'MM/DD/YYYY': /^(\d{1,2})\/(\d{1,2})\/\d{4}/u,
  'DD/MM/YYYY': /^(\d{1,2})\/(\d{1,2})\/\d{4}/u,
  'DD.MM.YYYY': /^\d{1,2}\.\d{1,2}\.\d{4}/u,
  'YYYY/MM/DD': /^\d{4}\/\d{1,2}\/\d{1,2}/u,
};

/** How the dates are written: a slashed date with a first part over 12 is day first; else month first, as in the US, unless a second part over 12 says otherwise. */
function guessDateFormat(samples: string[]): DateFormat {
  const slashed = samples.filter((sample) => formatPatterns['MM/DD/YYYY'].test(sample));
  if (slashed.length > 0) {
    const dayFirst = slashed.some((sample) => Number(formatPatterns['DD/MM/YYYY'].exec(sample)?.[1]) > 12);
    return dayFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
  }
  return dateFormats.find((format) => samples.some((sample) => formatPatterns[format].test(sample))) ?? 'YYYY-MM-DD';
}

/** A comma before the last two digits ("25,00", "1.234,56") means a comma before the cents. */
function guessDecimalSeparator(samples: string[]): '.' | ',' {
  const commaCents = samples.some((sample) => /,\d{2}\)?$/u.test(sample));
  const pointCents = samples.some((sample) => /\.\d{2}\)?$/u.test(sample));
  return commaCents && !pointCents ? ',' : '.';
}

/** A whole guess for the header row given. */
export function guessMapping(rows: PeekedRow[], headerLine: number): MappingChoice {
  const columns = columnNames(rows, headerLine);
  const dateColumn = named(columns, /date|fecha|posted|booked/iu);
  const amountColumn = named(columns, /amount|monto|importe|sum/iu, [dateColumn]);
  const inColumn = named(columns, /^(in|money in|paid in|credit|credits|deposit|deposits|ingreso|ingresos|abono|abonos|haber)$/iu);
  const outColumn = named(columns, /^(out|money out|paid out|debit|debits|withdrawal|withdrawals|egreso|egresos|cargo|cargos|debe)$/iu);
  const amountKind = amountColumn === '' && inColumn !== '' && outColumn !== '' ? 'inAndOut' : 'one';
  const moneyColumns = amountKind === 'one' ? [amountColumn] : [inColumn, outColumn];
  const moneySamples = moneyColumns.flatMap((column) => (column === '' ? [] : sampleOf(rows, headerLine, column)));
  return {
    headerLine,
    dateColumn,
    dateFormat: guessDateFormat(dateColumn === '' ? [] : sampleOf(rows, headerLine, dateColumn)),
    amountKind,
    amountColumn,
    inColumn,
    outColumn,
    descriptionColumn: named(columns, /desc|memo|detail|concept|narrative|concepto/iu),
    transactionIdColumn: named(columns, /reference|^ref|transaction id|^id$|referencia/iu),
    counterpartyColumn: named(columns, /payee|payer|counterparty|beneficiary|name|nombre|beneficiario/iu),
    decimalSeparator: guessDecimalSeparator(moneySamples),
  };
}
