import { refuseUnavailableAccounts } from '../accounts/accountAvailability.ts';
import { refuseOverspentRestrictedFunds } from '../funds/restrictedFunds.ts';
import { refuseArchivedInEntries } from './archiving.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { acceptedDates, refuseDateOutside } from './entryDates.ts';
import { chainHash, commitEntry, genesisChainHash, type EntryContent } from './entryHash.ts';
import { entryRowValues, insertEntryRows } from './schema/entryRow.ts';
import { refuseFlowPastLimit } from './flowLimit.ts';
import { chainHead } from './chainHead.ts';
import type { ReportProgress } from '../longWork.ts';

export interface ReceiptFile {
  mediaType: string;
  data: Buffer;
}

/** One entry to append, with the receipt filed with it, if any. */
export interface NewEntry {
  content: EntryContent;
  receipt?: ReceiptFile;
}

/** Appends one entry; see appendEntries. Returns its number. */
export function appendEntry(db: Ledger, content: EntryContent, now: Date, receipt?: ReceiptFile): number {
  const [seq] = appendEntries(db, [receipt === undefined ? { content } : { content, receipt }], now);
  if (seq === undefined) throw new Error('appendEntries returned no entry number');
  return seq;
}

/**
 * Appends entries at the end of the chain, in order, atomically, if together they keep the ledger's
 * rules: dates in range, no archived account or fund, accounts whose status allows the money to move, no restricted fund below zero
 * on any date, totals that stay exact. Every way an entry is written (recorded, reversed, imported)
 * comes through here, so none can get round a rule. The rules that depend on what the entries do read
 * their postings after they are written, inside the transaction, once for the whole batch; a refusal
 * rolls the batch back and changes nothing. Returns the entries' numbers.
 *
 * A statement's rows are `history`: money a platform reports has already moved, so the account-status
 * rules (which stop the treasurer paying from a frozen account) do not apply to them; every other
 * rule does.
 */
export function appendEntries(db: Ledger, batch: NewEntry[], now: Date, options: AppendOptions = {}): number[] {
  if (batch.length === 0) return [];
  return writeTransaction(db, () => {
    const writing = appending(db, batch, now, options);
    let slice = writing.next();
    while (slice.done !== true) slice = writing.next();
    return slice.value;
  });
}

/**
 * appendEntries inside the caller's write transaction (writeTransactionInTurns), reporting how many
 * entries are written every few thousand: an import's hundred thousand take seconds.
 */
export async function appendEntriesReporting(db: Ledger, batch: NewEntry[], now: Date, options: AppendOptions, report: ReportProgress): Promise<number[]> {
  const writing = appending(db, batch, now, options);
  let slice = writing.next();
  while (slice.done !== true) {
    await report({ step: 'writing', done: slice.value, total: batch.length });
    slice = writing.next();
  }
  return slice.value;
}

interface AppendOptions {
  history?: boolean;
}

/** How many entries are written between two reports of progress. */
const entriesPerSlice = 5_000;

/** appendEntries' work inside its transaction, yielding how many entries are written after each slice but the last. */
function* appending(db: Ledger, batch: NewEntry[], now: Date, { history = false }: AppendOptions): Generator<number, number[]> {
  if (batch.length === 0) return [];
  const accepted = acceptedDates(db, now);
  const last = chainHead(db);
  const first = (last?.seq ?? 0) + 1;
  let previousChainHash = last?.chainHash ?? genesisChainHash;
  // Each row is made as it is written, so none outlives its insert.
  function* rows(from: number, to: number) {
    for (let index = from; index < to; index += 1) {
      const { content } = batch[index] as NewEntry;
      refuseDateOutside(accepted, content.date, 'entry', 'INVALID_ENTRY');
      const seq = first + index;
      const committed = commitEntry(content);
      previousChainHash = chainHash(previousChainHash, committed.contentHash, seq);
      yield entryRowValues(seq, content, committed, previousChainHash);
    }
  }
  for (let from = 0; from < batch.length; from += entriesPerSlice) {
    const to = Math.min(from + entriesPerSlice, batch.length);
    insertEntryRows(db, rows(from, to));
    if (to < batch.length) yield to;
  }
  const insertReceipt = db.prepare('INSERT INTO receipts (entry_seq, media_type, data) VALUES (?, ?, ?)');
  batch.forEach(({ receipt }, index) => {
    if (receipt !== undefined) insertReceipt.run(first + index, receipt.mediaType, receipt.data);
  });
  const range = { first, last: first + batch.length - 1 };
  refuseArchivedInEntries(db, range.first, range.last);
  if (!history) refuseUnavailableAccounts(db, range, now);
  refuseOverspentRestrictedFunds(db, range);
  for (const currency of new Set(batch.map(({ content }) => content.currency))) refuseFlowPastLimit(db, currency);
  return batch.map((_, index) => first + index);
}
