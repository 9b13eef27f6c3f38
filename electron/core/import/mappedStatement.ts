// Any bank's CSV statement, read through a column mapping the treasurer saved for it (which column
// holds the date and how it is written, the amount or money in and out, and the rest). Columns are
// found by their header's name, wherever the header row is; the title lines above it and the
// balance lines below the transactions are passed over.
import { columnKey, dateFormats, type ColumnMapping, type DateFormat } from '../../../shared/contract/columnMapping.ts';
import { isoDate } from '../../../shared/contract/common.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { parseStatementAmount, type NumberMarks, type ParsedAmount } from '../../../shared/money.ts';
import type { ReadStatement, StatementLine } from './statementLine.ts';
import { readStatementTable } from './statementTable.ts';

type Unreadable = { line: number; reason: Message };

/**
 * Reads a bank's CSV by its mapping; undefined when no row of the file holds every column the
 * mapping names (the file is another bank's, or the bank changed its columns).
 *
 * Every line is booked money that went through the account, a payment; the file states no currency
 * of its own (`currency` is the account's, for its cents) and no balances a mapping reads. Without a
 * transaction id column every line's id is empty, and the importer tells a line it has already
 * booked by its date and amount instead.
 */
export function readMappedStatement(text: string, mapping: ColumnMapping, currency: string): ReadStatement | undefined {
  const named = [mapping.dateColumn, mapping.amountColumn, mapping.inColumn, mapping.outColumn, mapping.descriptionColumn, mapping.transactionIdColumn, mapping.counterpartyColumn];
  const table = readStatementTable(
    text,
    named.filter((name): name is string => name !== undefined),
  );
  if (table === undefined) return undefined;
  const marks: NumberMarks = mapping.decimalSeparator === ',' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
  const statement: ReadStatement = { lines: [], currency: null, unreadable: [...table.unreadable], balances: { opening: null, closing: null } };
  for (const { line, cells } of table.rows) {
    const cell = (name: string | undefined): string => (name === undefined ? '' : (cells.get(columnKey(name)) ?? '').trim());
    // A row whose date cell does not start with a digit is no transaction: a closing balance, a
    // subtotal, a disclaimer, the rest of a description the bank broke over two rows.
    if (!/^\d/u.test(cell(mapping.dateColumn))) continue;
    const read = readRow(cell, line, mapping, currency, marks);
    if ('reason' in read) statement.unreadable.push(read);
    else statement.lines.push(read);
  }
  return statement;
}

function readRow(cell: (name: string | undefined) => string, line: number, mapping: ColumnMapping, currency: string, marks: NumberMarks): StatementLine | Unreadable {
  const date = readDate(cell(mapping.dateColumn), mapping.dateFormat);
  if (typeof date !== 'string') return { line, reason: date };
  const amount = mapping.amountColumn === undefined ? readInAndOut(cell(mapping.inColumn), cell(mapping.outColumn), currency, marks) : readAmount(cell(mapping.amountColumn), currency, marks);
  if (!amount.ok) return { line, reason: amount.reason };
  const text = (name: string | undefined): string | null => (cell(name) === '' ? null : cell(name));
  return {
    line,
    transactionId: cell(mapping.transactionIdColumn),
    date,
    amount: amount.minor,
    fee: 0,
    state: 'booked',
    movement: 'payment',
    viaBalance: true,
    counterparty: text(mapping.counterpartyColumn),
    note: null,
    // A bank's description is full of names: read for the rules and the preview, never stored.
    description: text(mapping.descriptionColumn),
  };
}

/** Money in and money out from their own columns. An out cell written with a minus is money out all the same: its size is taken, whatever its sign. */
function readInAndOut(moneyIn: string, moneyOut: string, currency: string, marks: NumberMarks): ParsedAmount {
  if (moneyIn === '' && moneyOut === '') return { ok: false, reason: say('bankStatements.noAmount') };
  const into = moneyIn === '' ? ({ ok: true, minor: 0 } as const) : readAmount(moneyIn, currency, marks);
  if (!into.ok) return into;
  const out = moneyOut === '' ? ({ ok: true, minor: 0 } as const) : readAmount(moneyOut, currency, marks);
  if (!out.ok) return out;
  // Some banks write 0.00 in the unused column; a row with money in both is not guessed at.
  if (into.minor !== 0 && out.minor !== 0) return { ok: false, reason: say('bankStatements.inAndOut') };
  return { ok: true, minor: into.minor - Math.abs(out.minor) };
}

/** An amount as the mapping says the bank writes it; thousands grouped by spaces ("1 234,56", a no-break space in French) are read too. Exact, never a float. */
function readAmount(written: string, currency: string, marks: NumberMarks): ParsedAmount {
  const ungrouped = written.replace(/(?<!\d)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/gu, (run) => run.replace(/[ \u00a0\u202f]/gu, ''));
  const read = parseStatementAmount(ungrouped, currency, marks);
  return read.ok ? read : { ok: false, reason: say('import.badAmount', { problem: read.reason }) };
}

/** A time after the date ("14:05", "2:05:09 PM", "T14:05:09Z") is passed over: the day is as the bank writes it. */
const timeAfter = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;

/** Each format as a pattern, from its own letters: the year's four digits, a month's and a day's one or two. */
const datePatterns = new Map(
  dateFormats.map((format) => {
    const source = format
      .replace(/\./gu, '\\.')
      .replace('YYYY', String.raw`(?<year>\d{4})`)
      .replace('MM', String.raw`(?<month>\d{1,2})`)
      .replace('DD', String.raw`(?<day>\d{1,2})`);
    return [format, new RegExp(`^${source}${timeAfter}$`, 'u')] as const;
  }),
);

/** A date as the mapping's format writes it, as YYYY-MM-DD; a day the calendar does not have (02/30/2026) is refused. */
function readDate(written: string, format: DateFormat): string | Message {
  const parts = datePatterns.get(format)?.exec(written)?.groups;
  if (parts === undefined) return say('import.badDate', { written });
  const day = `${parts.year}-${(parts.month ?? '').padStart(2, '0')}-${(parts.day ?? '').padStart(2, '0')}`;
  return isoDate.safeParse(day).success ? day : say('bankStatements.noSuchDay', { written });
}
