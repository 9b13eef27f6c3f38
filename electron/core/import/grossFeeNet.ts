// What a payment platform's row moved, from the three amounts PayPal and Cash App both write: the
// gross (signed), the fee (below zero when the platform kept one, above zero only when it gave a fee
// back), and the net, gross plus fee, which is what moved in the balance. A row may leave one of them
// blank; a row that gives all three must add up, and one that does not is not guessed at.
import { money, say, type Message } from '../../../shared/messages/message.ts';
import { parseStatementAmount, type NumberMarks } from '../../../shared/money.ts';
import type { ReadStatement } from './statementLine.ts';

type Unreadable = ReadStatement['unreadable'][number];

/** The platforms write their English downloads with commas grouping thousands and a dot for cents: "1,200.50". */
const marks: NumberMarks = { group: ',', decimal: '.' };

/** The amount that moved (the fee already in it), and the fee kept (zero or more); or why the row cannot be read. */
export function grossFeeNet(written: { gross: string; fee: string; net: string }, line: number, currency: string): { amount: number; fee: number } | Unreadable {
  const gross = amountCell(written.gross, currency);
  if (!gross.ok) return { line, reason: gross.reason };
  const fee = amountCell(written.fee, currency);
  if (!fee.ok) return { line, reason: fee.reason };
  const net = amountCell(written.net, currency);
  if (!net.ok) return { line, reason: net.reason };
  const feeWritten = fee.minor ?? 0;
  if (gross.minor !== null && net.minor !== null && gross.minor + feeWritten !== net.minor) {
    return { line, reason: say('paymentStatements.netDisagrees', { gross: money(gross.minor, currency), fee: money(feeWritten, currency), net: money(net.minor, currency) }) };
  }
  const amount = net.minor ?? (gross.minor === null ? null : gross.minor + feeWritten);
  if (amount === null) return { line, reason: say('import.badAmount', { problem: say('amount.empty') }) };
  return { amount, fee: feeWritten < 0 ? -feeWritten : 0 };
}

/** An amount cell: null when blank, the reason when it cannot be read. */
export function amountCell(written: string, currency: string): { ok: true; minor: number | null } | { ok: false; reason: Message } {
  if (written === '') return { ok: true, minor: null };
  const parsed = parseStatementAmount(written, currency, marks);
  return parsed.ok ? parsed : { ok: false, reason: say('import.badAmount', { problem: parsed.reason }) };
}
