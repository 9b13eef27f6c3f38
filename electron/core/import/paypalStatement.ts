// PayPal's "Activity download" CSV, in both of its layouts: the long default one (Gross, Fee, Net,
// the emails, Balance Impact and thirty more) and the short personal one (Amount, and in some
// versions Fees and Total). Columns are found by name, never by position, so either layout reads
// with its columns in any order and others added.
//
// Every row is money in or out of the PayPal balance. A payment funded by the group's bank or card
// is two rows: PayPal first deposits the money into the balance ("Bank Deposit to PP Account",
// "General Card Deposit"), then pays from it. So every line is `viaBalance`, the deposit is a
// transfer from the group's own bank or card, and the Balance column runs through both.
import { isKnownCurrency } from '../../../shared/money.ts';
import { say } from '../../../shared/messages/message.ts';
import { amountCell, grossFeeNet } from './grossFeeNet.ts';
import type { LineState, ReadStatement, StatementLine } from './statementLine.ts';
import { readStatementTable, type StatementTable } from './statementTable.ts';

const column = {
  date: 'date',
  time: 'time',
  name: 'name',
  type: 'type',
  status: 'status',
  currency: 'currency',
  // The long layout's Gross, Fee and Net are the short one's Amount, Fees and Total.
  gross: 'gross',
  amount: 'amount',
  fee: 'fee',
  fees: 'fees',
  net: 'net',
  total: 'total',
  fromEmail: 'from email address',
  toEmail: 'to email address',
  transactionId: 'transaction id',
  receiptId: 'receipt id',
  balance: 'balance',
  balanceImpact: 'balance impact',
  subject: 'subject',
  note: 'note',
} as const;

/** The columns each layout is known by: the long one first, as its header holds no plain "Amount". */
const layouts = [
  ['Date', 'Time', 'Name', 'Type', 'Status', 'Currency', 'Gross', 'Net'],
  ['Date', 'Time', 'Name', 'Type', 'Status', 'Currency', 'Amount'],
];

/** PayPal's words for what became of a transaction. */
const states: Record<string, LineState> = {
  completed: 'booked',
  // Sent to an email that has no PayPal account yet: PayPal takes the money from the balance when it
  // is sent and holds it for them to claim, and gives it back if no one does. Until then it has left
  // the balance (the Balance column runs without it), so it is booked; money given back is money in.
  unclaimed: 'booked',
  pending: 'pending',
  denied: 'failed',
  failed: 'failed',
  // Taken back after it was made (a chargeback, a bank that would not fund it): none of it stays
  // moved. Should PayPal also write the taking back on a row of its own, the Balance check shows it.
  reversed: 'failed',
  canceled: 'cancelled',
  cancelled: 'cancelled',
};

/**
 * The Types that are money moved between the PayPal balance and the group's bank or card behind it:
 * a withdrawal to the bank, a deposit from the bank or card that funds a payment. A currency
 * conversion or a hold moves money inside PayPal, with no bank on the other side, so it is not a
 * transfer (which the importer books against the linked bank): it stays a payment, its dollars in
 * or out of this balance, for the treasurer to categorise by its description.
 */
const transferTypes = [/withdraw/i, /\b(bank|card|ach) deposit\b/i, /\badd funds\b/i, /\btransfer (to|from) (your )?(bank|card)\b/i];

/** PayPal's own charges have "Fee" in their Type ("Chargeback Fee"); a fee on a payment is in that payment's Fee cell instead. */
const chargeType = /\bfee\b/i;

/** A status's state, from the table's own words only (never a name every object has, such as "constructor"). */
const stateOf = (status: string): LineState | undefined => (Object.hasOwn(states, status) ? states[status] : undefined);

type Unreadable = ReadStatement['unreadable'][number];

/** A booked row in the account's currency, for the statement's balances: where it stands in time, what it moved and the balance after it. */
interface BalanceRow {
  stamp: string;
  amount: number;
  balance: number | null;
}

/** Reads PayPal's activity download; undefined when the text is not one (no row holds either layout's columns). */
export function readPaypalStatement(text: string, currency = 'USD'): ReadStatement | undefined {
  const table = layoutTable(text);
  if (table === undefined) return undefined;
  const statement: ReadStatement = { lines: [], currency: null, unreadable: [...table.unreadable], balances: { opening: null, closing: null } };
  const currencies = new Set<string>();
  const balanceRows: BalanceRow[] = [];
  for (const { line, cells } of table.rows) {
    const cell = (name: string): string => (cells.get(name) ?? '').trim();
    const written = cell(column.currency).toUpperCase();
    if (isKnownCurrency(written)) currencies.add(written);
    const read = readRow(cell, line, currency);
    if (read === undefined) continue;
    if ('reason' in read) {
      statement.unreadable.push(read);
      continue;
    }
    statement.lines.push(read.line);
    if (read.line.state === 'booked') balanceRows.push({ stamp: read.stamp, amount: read.line.amount, balance: read.balance });
  }
  // A file with a row in the account's currency is that account's; one without any is in the currency it does use, for the importer to refuse.
  statement.currency = currencies.has(currency) ? currency : ([...currencies][0] ?? null);
  statement.balances = statedBalances(balanceRows);
  return statement;
}

function layoutTable(text: string): StatementTable | undefined {
  for (const required of layouts) {
    const table = readStatementTable(text, required);
    if (table !== undefined) return table;
  }
  return undefined;
}

/**
 * One row: a line, the reason it cannot be read, or undefined for a Memo row that PayPal marks as
 * done. "Balance Impact" says whether a row moved the balance (Credit, Debit) or only records
 * something (Memo): an authorisation, its void, an order. A memo moved no money, and when the money
 * does move it comes on a Credit or Debit row of its own, so a completed memo is passed over rather
 * than shown as a second copy of that payment. A memo still pending, failed or cancelled is kept,
 * with that state, since it tells the treasurer what is in flight and is never booked.
 */
function readRow(cell: (name: string) => string, line: number, currency: string): { line: StatementLine; stamp: string; balance: number | null } | Unreadable | undefined {
  const date = calendarDay(cell(column.date));
  if (date === undefined) return { line, reason: say('import.badDate', { written: cell(column.date) }) };
  const statusState = stateOf(cell(column.status).toLowerCase());
  if (statusState === undefined) return { line, reason: say('import.unknownStatus', { status: cell(column.status) }) };
  if (statusState === 'booked' && cell(column.balanceImpact).toLowerCase() === 'memo') return undefined;
  const rowCurrency = cell(column.currency).toUpperCase();
  if (!isKnownCurrency(rowCurrency)) return { line, reason: say('paymentStatements.unknownCurrency', { currency: cell(column.currency) }) };
  const moved = grossFeeNet({ gross: cell(column.gross) || cell(column.amount), fee: cell(column.fee) || cell(column.fees), net: cell(column.net) || cell(column.total) }, line, rowCurrency);
  if ('reason' in moved) return moved;
  // Money that moved in another of the group's PayPal balances (a euro payment, a conversion's other
  // half) is not this account's; a row that moved nothing keeps the state that says why.
  const state: LineState = statusState === 'booked' && rowCurrency !== currency ? 'otherCurrency' : statusState;
  const type = cell(column.type);
  const movement = chargeType.test(type) ? 'charge' : transferTypes.some((words) => words.test(type)) ? 'transfer' : 'payment';
  // PayPal leaves Name blank for someone paid by email alone: the other side's email names them then.
  const other = cell(column.name) || cell(moved.amount < 0 ? column.toEmail : column.fromEmail);
  const note = cell(column.note) || cell(column.subject);
  return {
    line: {
      line,
      transactionId: cell(column.transactionId) || cell(column.receiptId),
      date,
      amount: moved.amount,
      fee: moved.fee,
      state,
      movement,
      viaBalance: true,
      counterparty: movement === 'payment' && other !== '' ? other : null,
      note: note === '' ? null : note,
      description: type === '' ? null : type,
    },
    stamp: `${date} ${timeOfDay(cell(column.time))}`,
    balance: state === 'booked' ? writtenAmount(cell(column.balance), currency) : null,
  };
}

/** A Balance cell, or null where it is blank or cannot be read: the statement then states no balance there. */
function writtenAmount(written: string, currency: string): number | null {
  const read = amountCell(written, currency);
  return read.ok ? read.minor : null;
}

/** PayPal's MM/DD/YYYY as YYYY-MM-DD, when it is a day of the calendar. */
function calendarDay(written: string): string | undefined {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
  if (parts === null) return undefined;
  const [month, day, year] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A Time cell as HH:MM:SS, so that rows of one day sort by it; blank when it is not a time. */
function timeOfDay(written: string): string {
  const parts = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(written);
  return parts === null ? '' : `${(parts[1] ?? '').padStart(2, '0')}:${parts[2] ?? '00'}:${parts[3] ?? '00'}`;
}

/**
 * The balances the Balance column states, from the booked rows in the account's currency (a pending
 * row's Balance, or a euro row's, is not this balance after this row's money). Lines stay in the
 * file's order; only the balances need to know which way the file runs. PayPal lists oldest first in
 * some downloads and newest first in others, so the dates of the first and last booked rows say:
 * the earliest row's Balance less what it moved is the opening balance, the latest row's Balance the
 * closing one. When they share a second (a payment and the deposit that funded it) the Balance
 * column itself says which reading adds up, and the file's order is taken when both or neither do.
 */
function statedBalances(rows: BalanceRow[]): ReadStatement['balances'] {
  const first = rows[0];
  const last = rows.at(-1);
  if (first === undefined || last === undefined) return { opening: null, closing: null };
  const oldestFirst = { opening: first.balance === null ? null : first.balance - first.amount, closing: last.balance };
  const newestFirst = { opening: last.balance === null ? null : last.balance - last.amount, closing: first.balance };
  if (first.stamp < last.stamp) return oldestFirst;
  if (first.stamp > last.stamp) return newestFirst;
  const moved = rows.reduce((sum, row) => sum + row.amount, 0);
  const adds = ({ opening, closing }: ReadStatement['balances']): boolean => opening !== null && closing !== null && opening + moved === closing;
  return adds(newestFirst) && !adds(oldestFirst) ? newestFirst : oldestFirst;
}
