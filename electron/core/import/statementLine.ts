import type { Message } from '../../../shared/messages/message.ts';

/**
 * What a platform says became of a transaction: only a booked one is money that moved in the
 * statement's account. `otherCurrency` is money that moved in another currency than the account's
 * (a PayPal balance in euros beside the dollars, a currency conversion's other half).
 */
export type LineState = 'booked' | 'pending' | 'failed' | 'cancelled' | 'otherCurrency';

/**
 * One transaction as a statement reports it, read but not booked. The counterparty is held here in
 * memory only, until it is turned into a recipient code: it is never written anywhere.
 */
export interface StatementLine {
  /** The line of the file it starts on, for the preview's messages. */
  line: number;
  transactionId: string;
  /** The day on the platform's calendar, YYYY-MM-DD. */
  date: string;
  /** Signed minor units, as the statement's own account sees it: money in above zero. */
  amount: number;
  /** What the platform kept as its fee, in minor units (zero or more), already in `amount`. */
  fee: number;
  state: LineState;
  /**
   * A payment with someone; money moved between the platform and one of the group's own accounts
   * (a transfer to or from the linked bank); or a charge the platform or bank took on its own (a
   * monthly fee, a service charge), not a fee on a payment, which is `fee`.
   */
  movement: 'payment' | 'transfer' | 'charge';
  /** Whether the money went through the platform's own balance, rather than a card or bank account behind it. */
  viaBalance: boolean;
  counterparty: string | null;
  /** What the person who paid wrote with it (Venmo's note, PayPal's note): kept as the memo once names, handles, emails and phone numbers are taken out. */
  note: string | null;
  /**
   * What the statement says of the transaction beyond a note: a bank's description ("ZELLE FROM …"),
   * a platform's type. Read in memory for the treasurer's category rules and the preview, and never
   * stored: a bank's descriptions are full of names.
   */
  description: string | null;
}

/** A statement read: its transactions, the rows it could not read (each with its line and why), and the balances it states. */
export interface ReadStatement {
  lines: StatementLine[];
  /** The currency the file states for its account (OFX's CURDEF, a Currency column), or null where it states none. */
  currency: string | null;
  unreadable: Array<{ line: number; reason: Message }>;
  /** The balances the file states at its start and end, in minor units, or null where it states none. */
  balances: { opening: number | null; closing: number | null };
}

/**
 * Whether the file's own balances agree with its rows: the opening balance and every booked
 * transaction that went through the balance make the closing one. Null when the file states neither.
 */
export function balancesAgree(statement: ReadStatement): boolean | null {
  const { opening, closing } = statement.balances;
  if (opening === null || closing === null) return null;
  const moved = statement.lines.filter((line) => line.state === 'booked' && line.viaBalance).reduce((sum, line) => sum + line.amount, 0);
  return opening + moved === closing;
}
