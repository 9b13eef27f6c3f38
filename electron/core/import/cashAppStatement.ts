// Cash App's statement CSV (cash_app_report_….csv): one row per transaction, newest first, amounts
// written with their dollar sign ("-$2.90", "$1,200.00", "$0"), and no balances. Columns are found
// by name, never by position.
import { isKnownCurrency } from '../../../shared/money.ts';
import { say } from '../../../shared/messages/message.ts';
import { grossFeeNet } from './grossFeeNet.ts';
import type { LineState, ReadStatement, StatementLine } from './statementLine.ts';
import { readStatementTable } from './statementTable.ts';

const column = {
  transactionId: 'transaction id',
  date: 'date',
  type: 'transaction type',
  currency: 'currency',
  amount: 'amount',
  fee: 'fee',
  net: 'net amount',
  assetType: 'asset type',
  status: 'status',
  notes: 'notes',
  name: 'name of sender/receiver',
  account: 'account',
} as const;

const required = ['Transaction ID', 'Date', 'Transaction Type', 'Currency', 'Amount', 'Status', 'Name of sender/receiver'];

/** Cash App's words for what became of a transaction, written in capitals, with spaces or underscores. */
const states: Record<string, LineState> = {
  complete: 'booked',
  completed: 'booked',
  'payment sent': 'booked',
  'payment deposited': 'booked',
  'card charged': 'booked',
  // A merchant's refund onto the Cash Card: a row of its own, money back into the balance.
  'card refunded': 'booked',
  pending: 'pending',
  // Sent to someone who has not accepted it yet: it has reached no one, and Cash App sends it back if they never do.
  'waiting on recipient': 'pending',
  failed: 'failed',
  declined: 'failed',
  'card declined': 'failed',
  canceled: 'cancelled',
  cancelled: 'cancelled',
  // Read as the payment itself, marked so when the other side sent it all back: nothing of it stays
  // moved. (A refund written as a row of its own says CARD REFUNDED, and is booked.)
  refunded: 'cancelled',
};

/** Money moved between the Cash balance and the group's own bank or card: cashing out, adding cash, a deposit from the linked bank. */
const transferType = /^(cash (out|in)|deposits?|transfers?|add cash|paper money deposit)\b/i;
/** Bitcoin and stock bought or sold: the dollars became (or came from) something that is not this account's money. */
const assetType = /^(bitcoin|stock)\b/i;
/** Cash App's own charges ("ATM Fee"); a fee on a payment is in that payment's Fee cell instead. */
const chargeType = /\bfee\b/i;
/** The Cash Card, and the Boost rewards paid onto it: the card spends the Cash balance itself. */
const cardType = /^(cash card|boost)\b/i;
/** How the Account column names the Cash balance. */
const cashBalance = /^(your cash|cash balance|cash app balance)$/i;

/** A status's state, from the table's own words only (never a name every object has, such as "constructor"). */
const stateOf = (status: string): LineState | undefined => (Object.hasOwn(states, status) ? states[status] : undefined);

type Unreadable = ReadStatement['unreadable'][number];

/** Reads Cash App's statement; undefined when the text is not one (no row holds Cash App's columns). */
export function readCashAppStatement(text: string, currency = 'USD'): ReadStatement | undefined {
  const table = readStatementTable(text, required);
  if (table === undefined) return undefined;
  const statement: ReadStatement = { lines: [], currency: null, unreadable: [...table.unreadable], balances: { opening: null, closing: null } };
  const currencies = new Set<string>();
  for (const { line, cells } of table.rows) {
    const cell = (name: string): string => (cells.get(name) ?? '').trim();
    const written = cell(column.currency).toUpperCase();
    if (isKnownCurrency(written)) currencies.add(written);
    const read = readTransaction(cell, line, currency);
    if ('reason' in read) statement.unreadable.push(read);
    else statement.lines.push(read);
  }
  // A file with a row in the account's currency is that account's; one without any is in the currency it does use, for the importer to refuse.
  statement.currency = currencies.has(currency) ? currency : ([...currencies][0] ?? null);
  return statement;
}

function readTransaction(cell: (name: string) => string, line: number, currency: string): StatementLine | Unreadable {
  // "2026-11-02 15:04:05 EST": the day as Cash App writes it, on its own calendar.
  const date = calendarDay(cell(column.date));
  if (date === undefined) return { line, reason: say('import.badDate', { written: cell(column.date) }) };
  const statusState = stateOf(
    cell(column.status)
      .toLowerCase()
      .replace(/[_\s]+/gu, ' '),
  );
  if (statusState === undefined) return { line, reason: say('import.unknownStatus', { status: cell(column.status) }) };
  const rowCurrency = cell(column.currency).toUpperCase();
  if (!isKnownCurrency(rowCurrency)) return { line, reason: say('paymentStatements.unknownCurrency', { currency: cell(column.currency) }) };
  const moved = grossFeeNet({ gross: cell(column.amount), fee: cell(column.fee), net: cell(column.net) }, line, rowCurrency);
  if ('reason' in moved) return moved;
  const type = cell(column.type);
  // Bitcoin and stock are not this account's dollars, nor is money in another currency; a row that moved nothing keeps the state that says why.
  const elsewhere = rowCurrency !== currency || assetType.test(type) || cell(column.assetType) !== '';
  const state: LineState = statusState === 'booked' && elsewhere ? 'otherCurrency' : statusState;
  const movement = chargeType.test(type) ? 'charge' : transferType.test(type) ? 'transfer' : 'payment';
  const account = cell(column.account);
  // A transfer moves money in or out of the Cash balance, whichever bank its Account names; the
  // Cash Card's rows name the card ("Visa Debit 0000") but spend the balance. Any other payment went
  // through the balance unless its Account names a card or bank that paid it instead.
  const viaBalance = movement === 'transfer' || cardType.test(type) || account === '' || cashBalance.test(account);
  // A card purchase names no sender or receiver: its Notes hold the merchant, which is its counterparty, not a note.
  const named = cell(column.name);
  const merchant = named === '' && cardType.test(type) ? cell(column.notes) : '';
  const other = named || merchant;
  const note = merchant === '' ? cell(column.notes) : '';
  return {
    line,
    transactionId: cell(column.transactionId),
    date,
    amount: moved.amount,
    fee: moved.fee,
    state,
    movement,
    viaBalance,
    counterparty: movement === 'payment' && other !== '' ? other : null,
    note: note === '' ? null : note,
    description: type === '' ? null : type,
  };
}

/** The YYYY-MM-DD a Date cell starts with, when it is a day of the calendar. */
function calendarDay(written: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:[\sT]|$)/.exec(written);
  if (parts === null) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${parts[1] ?? ''}-${parts[2] ?? ''}-${parts[3] ?? ''}`;
}
