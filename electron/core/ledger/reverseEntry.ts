import type { Entry } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { calendarDate } from '../calendar.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { appendEntry } from './appendEntry.ts';
import { findEntry } from './entryQuery.ts';

/** Corrects an entry by appending its exact opposite, dated today and linked to it. Once per entry. */
export function reverseEntry(db: Ledger, seq: number, memo: string | undefined, now: Date): Entry {
  // One write transaction from the check to the append: two windows reversing one entry at once
  // must not both pass the "not reversed yet" check.
  return writeTransaction(db, () => appendReversal(db, seq, memo, now));
}

function appendReversal(db: Ledger, seq: number, memo: string | undefined, now: Date): Entry {
  const original = findEntry(db, seq);
  if (original.reversesSeq !== null) {
    throw new TreasuryError('INVALID_ENTRY', say('ledger.reversingACorrection', { seq, corrected: original.reversesSeq }));
  }
  if (original.reversedBySeq !== null) {
    throw new TreasuryError('ALREADY_REVERSED', say('ledger.alreadyReversed', { seq, reversal: original.reversedBySeq }));
  }
  const row = db.prepare('SELECT sign FROM entries WHERE seq = ?').get(seq) as { sign: number };
  const reversal = appendEntry(
    db,
    {
      kind: original.kind,
      date: calendarDate(now),
      amount: original.amount,
      sign: -row.sign,
      currency: original.currency,
      accountId: original.accountId,
      toAccountId: original.toAccountId,
      fundId: original.fundId,
      toFundId: original.toFundId,
      category: original.category,
      recipientCode: original.recipientCode,
      memo: memo === undefined || memo === '' ? `Reverses #${seq}` : memo,
      receiptSha256: null,
      platformTransactionId: null,
      reversesSeq: seq,
      recordedAt: now.toISOString(),
    },
    now,
  );
  return findEntry(db, reversal);
}
