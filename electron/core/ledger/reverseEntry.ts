import type { RecordedEntry } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say } from '../../../shared/messages/message.ts';
import { entryNotices } from '../accounts/entryNotices.ts';
import { calendarDate } from '../calendar.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { appendEntry } from './appendEntry.ts';
import { findEntry } from './entryQuery.ts';

interface Reversal {
  memo?: string | undefined;
  /** Today when left out; never before the original's date (the date rules refuse the future). */
  date?: string | undefined;
}

/** Corrects an entry by appending its exact opposite, linked to it. Once per entry. */
export function reverseEntry(db: Ledger, seq: number, { memo, date }: Reversal, now: Date): RecordedEntry {
  // One write transaction from the check to the append: two windows reversing one entry at once
  // must not both pass the "not reversed yet" check.
  return writeTransaction(db, () => {
    const reversal = appendReversal(db, seq, memo, date, now);
    return { ...findEntry(db, reversal), notices: entryNotices(db, reversal) };
  });
}

function appendReversal(db: Ledger, seq: number, memo: string | undefined, date: string | undefined, now: Date): number {
  const original = findEntry(db, seq);
  if (original.reversesSeq !== null) {
    throw new TreasuryError('INVALID_ENTRY', say('ledger.reversingACorrection', { seq, corrected: original.reversesSeq }));
  }
  if (original.reversedBySeq !== null) {
    throw new TreasuryError('ALREADY_REVERSED', say('ledger.alreadyReversed', { seq, reversal: original.reversedBySeq }));
  }
  if (date !== undefined && date < original.date) throw new TreasuryError('INVALID_ENTRY', say('ledger.reversalBeforeOriginal', { seq, date: day(original.date) }));
  // The stored category, as the original carries it: the list shows the name it is shown by now.
  const row = db.prepare('SELECT sign, category FROM entries WHERE seq = ?').get(seq) as { sign: number; category: string | null };
  return appendEntry(
    db,
    {
      kind: original.kind,
      date: date ?? calendarDate(now),
      amount: original.amount,
      sign: -row.sign,
      currency: original.currency,
      accountId: original.accountId,
      toAccountId: original.toAccountId,
      fundId: original.fundId,
      toFundId: original.toFundId,
      category: row.category,
      recipientCode: original.recipientCode,
      memo: memo === undefined || memo === '' ? `Reverses #${seq}` : memo,
      receiptSha256: null,
      platformTransactionId: null,
      reversesSeq: seq,
      recordedAt: now.toISOString(),
    },
    now,
  );
}
