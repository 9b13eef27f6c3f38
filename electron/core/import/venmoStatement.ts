// Venmo's statement CSV, as Venmo documents it: a title and "Account Activity" above the header, the
// header's first column blank, a row with the beginning balance, the transactions, then a row with
// the ending balance, the period's fees and a disclaimer. Columns are found by name.
import { parseStatementAmount, type NumberMarks } from '../../../shared/money.ts';
import { say } from '../../../shared/messages/message.ts';
import type { LineState, ReadStatement, StatementLine } from './statementLine.ts';
import { readStatementTable } from './statementTable.ts';

const column = {
  id: 'id',
  datetime: 'datetime',
  type: 'type',
  status: 'status',
  note: 'note',
  from: 'from',
  to: 'to',
  total: 'amount (total)',
  fee: 'amount (fee)',
  fundingSource: 'funding source',
  destination: 'destination',
  beginning: 'beginning balance',
  ending: 'ending balance',
} as const;

const required = ['ID', 'Datetime', 'Type', 'Status', 'Amount (total)'];
const marks: NumberMarks = { group: ',', decimal: '.' };

/** Venmo's words for what became of a transaction. */
const states: Record<string, LineState> = {
  complete: 'booked',
  issued: 'booked',
  pending: 'pending',
  canceled: 'cancelled',
  cancelled: 'cancelled',
  failed: 'failed',
  declined: 'failed',
  denied: 'failed',
};

/** Reads a Venmo statement; undefined when the text is not one (no row holds Venmo's columns). */
export function readVenmoStatement(text: string, currency = 'USD'): ReadStatement | undefined {
  const table = readStatementTable(text, required);
  if (table === undefined) return undefined;
  const statement: ReadStatement = { lines: [], currency: null, unreadable: [...table.unreadable], balances: { opening: null, closing: null } };
  for (const { line, cells } of table.rows) {
    const cell = (name: string): string => (cells.get(name) ?? '').trim();
    if (cell(column.id) === '') {
      // A row with no transaction: the balances, or the fees and disclaimer.
      readBalance(cell(column.beginning), currency, (minor) => (statement.balances.opening = minor));
      readBalance(cell(column.ending), currency, (minor) => (statement.balances.closing = minor));
      continue;
    }
    const read = readTransaction(cell, line, currency);
    if ('reason' in read) statement.unreadable.push(read);
    else statement.lines.push(read);
  }
  return statement;
}

function readBalance(written: string, currency: string, keep: (minor: number) => void): void {
  if (written === '') return;
  const parsed = parseStatementAmount(written, currency, marks);
  if (parsed.ok) keep(parsed.minor);
}

function readTransaction(cell: (name: string) => string, line: number, currency: string): StatementLine | { line: number; reason: ReturnType<typeof say> } {
  const date = /^(\d{4}-\d{2}-\d{2})T/.exec(cell(column.datetime))?.[1];
  if (date === undefined) return { line, reason: say('import.badDate', { written: cell(column.datetime) }) };
  const status = cell(column.status).toLowerCase();
  // Own keys only: a status cell reading "constructor" is not a state.
  const state = Object.hasOwn(states, status) ? states[status] : undefined;
  if (state === undefined) return { line, reason: say('import.unknownStatus', { status: cell(column.status) }) };
  const amount = parseStatementAmount(cell(column.total), currency, marks);
  if (!amount.ok) return { line, reason: say('import.badAmount', { problem: amount.reason }) };
  const fee = cell(column.fee) === '' ? ({ ok: true, minor: 0 } as const) : parseStatementAmount(cell(column.fee), currency, marks);
  if (!fee.ok) return { line, reason: say('import.badAmount', { problem: fee.reason }) };
  // Money moved to or from the bank behind Venmo: a Standard or Instant Transfer out, Add Funds in.
  const movement = /transfer|add funds/i.test(cell(column.type)) ? 'transfer' : 'payment';
  // Our side of the money: where it came from when it went out, where it went when it came in.
  const ourSide = cell(amount.minor < 0 ? column.fundingSource : column.destination);
  const other = movement === 'transfer' ? '' : cell(amount.minor < 0 ? column.to : column.from);
  return {
    line,
    transactionId: cell(column.id),
    date,
    amount: amount.minor,
    fee: Math.abs(fee.minor),
    state,
    movement,
    viaBalance: ourSide === '' || /venmo balance/i.test(ourSide),
    counterparty: other === '' ? null : other,
    note: cell(column.note) === '' ? null : cell(column.note),
    description: cell(column.type) === '' ? null : cell(column.type),
  };
}
