// What importing a statement would do, worked out without writing anything: each row's outcome (booked,
// already there, the other side of a transfer, not money that moved, or a problem), the entries it
// becomes, and what the file held that the ledger will not keep. The preview shows this; the import
// checks it is still the plan (rememberedPlan.ts) inside its transaction and writes exactly it, or nothing.
import { createHash } from 'node:crypto';
import type * as z from 'zod';
import {
  importOutcomes,
  recordInputSchema,
  type EntryKind,
  type ImportOutcome,
  type ImportPreview,
  type importRequestSchema,
  type PlannedEntry,
  type PreviewRow,
  type PaymentAccount,
  type RecordInput,
} from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say, type Message } from '../../../shared/messages/message.ts';
import { canPayOut, statusHistory } from '../accounts/accountStatus.ts';
import { paymentAccount } from '../accounts/paymentAccounts.ts';
import type { NewEntry } from '../ledger/appendEntry.ts';
import { canonicalWriter } from '../ledger/canonicalJson.ts';
import { acceptedDates } from '../ledger/entryDates.ts';
import { batchLookups, checkedEntry, type EntryLookups } from '../ledger/recordEntry.ts';
import type { ReportProgress } from '../longWork.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { describeZodError } from '../dispatcher.ts';
import { ruleMatcher } from './categoryRules.ts';
import { shownCategories } from '../ledger/categoryNames.ts';
import { columnMapping } from './columnMappings.ts';
import { noteCleaner } from './cleanNote.ts';
import { counterpartyCoder } from './counterpartyCode.ts';
import { ledgerMatches, type LedgerMatches } from './ledgerMatches.ts';
import { readStatement } from './statementFormats.ts';
import { balancesAgree, type StatementLine } from './statementLine.ts';

type ImportRequest = z.output<typeof importRequestSchema>;

/** The preview, and the entries the import writes, in order. */
export interface ImportPlan {
  preview: ImportPreview;
  batch: NewEntry[];
}

/** One entry a row becomes, as the treasurer would have recorded it. */
type Booking = RecordInput & { accountId: number };

/** How many rows are planned between two reports of progress. */
const rowsPerSlice = 5_000;

/** Works out the import of `request` against the ledger as it is now; refuses an account or statement it cannot import at all. */
export async function planImport(db: Ledger, request: ImportRequest, now: Date, report: ReportProgress): Promise<ImportPlan> {
  const account = paymentAccount(db, request.accountId, now);
  const linked = request.linkedAccountId === undefined ? undefined : paymentAccount(db, request.linkedAccountId, now);
  if (linked !== undefined && linked.id === account.id) throw new TreasuryError('INVALID_INPUT', say('import.linkedIsSame'));
  if (linked !== undefined && linked.currency !== account.currency) {
    throw new TreasuryError('INVALID_INPUT', say('import.linkedCurrency', { account: account.name, currency: account.currency, linked: linked.name, linkedCurrency: linked.currency }));
  }
  const mapping = request.mapping === undefined ? undefined : columnMapping(db, request.mapping);
  const { format, statement } = readStatement(request.text, account.currency, request.format, mapping);
  if (statement.currency !== null && statement.currency !== account.currency) {
    throw new TreasuryError('INVALID_INPUT', say('import.statementCurrency', { currency: statement.currency, account: account.name, accountCurrency: account.currency }));
  }

  const booker = rowBooker(db, account, linked, statement.lines, new Set(request.bookAnyway), now);
  const rows: PreviewRow[] = statement.unreadable.map(({ line, reason }) => unbookedRow({ line, transactionId: null, date: '', amount: 0, fee: 0 }, 'problem', reason));
  const total = statement.lines.length;
  for (const [index, line] of statement.lines.entries()) {
    if (index % rowsPerSlice === 0) await report({ step: 'rows', done: index, total });
    rows.push(booker.row(line));
  }
  rows.sort((one, two) => one.line - two.line);

  const counts = Object.fromEntries(importOutcomes.map((outcome) => [outcome, 0])) as Record<ImportOutcome, number>;
  for (const row of rows) counts[row.outcome] += 1;
  const batch = booker.batch();
  const preview: ImportPreview = {
    format,
    accountId: account.id,
    linkedAccountId: linked?.id ?? null,
    currency: account.currency,
    rows,
    counts,
    booking: { entries: batch.length, ...moneyMoved(batch) },
    balances: { ...statement.balances, agree: balancesAgree(statement) },
    dropped: booker.dropped(),
    needsLinkedAccount: booker.needsLinkedAccount(),
    planDigest: planDigest(rows),
  };
  return { preview, batch };
}

/** A row's facts as the preview shows them, before it is booked. */
type RowFacts = Pick<PreviewRow, 'line' | 'transactionId' | 'date' | 'amount' | 'fee'>;

function unbookedRow(facts: RowFacts, outcome: ImportOutcome, reason: Message, matchesSeq: number | null = null): PreviewRow {
  return previewRow(facts, { outcome, reason, matchesSeq, afterFreeze: false, ruleApplied: false, entries: [] });
}

/** A preview row, every field written out: one shape for a hundred thousand rows, where spreading the facts made each row several times slower to build. */
function previewRow(facts: RowFacts, { outcome, reason, matchesSeq, afterFreeze, ruleApplied, entries }: Omit<PreviewRow, keyof RowFacts>): PreviewRow {
  return { line: facts.line, transactionId: facts.transactionId, date: facts.date, amount: facts.amount, fee: facts.fee, outcome, reason, matchesSeq, afterFreeze, ruleApplied, entries };
}

const stateReasons = {
  pending: say('import.pending'),
  failed: say('import.failed'),
  cancelled: say('import.cancelled'),
  otherCurrency: say('import.otherCurrency'),
} as const;

/** Books a statement's lines one at a time, keeping what the preview counts. */
function rowBooker(db: Ledger, account: PaymentAccount, linked: PaymentAccount | undefined, lines: StatementLine[], bookAnyway: Set<number>, now: Date) {
  const accepted = acceptedDates(db, now);
  const dates = lines.map((line) => line.date).sort();
  const accountIds = linked === undefined ? [account.id] : [account.id, linked.id];
  const transactionIds = lines.flatMap((line) => (line.transactionId === '' ? [] : [line.transactionId]));
  const matches: LedgerMatches = ledgerMatches(db, accountIds, dates[0] ?? accepted.today, dates.at(-1) ?? accepted.today, transactionIds);
  const code = counterpartyCoder(db);
  const categoryFor = ruleMatcher(db);
  const shown = shownCategories(db);
  const vault = batchLookups(db);
  const cleanNote = noteCleaner(lines.flatMap((line) => (line.counterparty === null ? [] : [line.counterparty])));
  const unavailableFrom = new Map(accountIds.map((id) => [id, firstUnavailableDay(db, id)]));
  const seenIds = new Set<string>();
  const counterparties = new Set<string>();
  let notesCleaned = 0;
  let descriptions = 0;
  let needsLinked = false;
  const batch: NewEntry[] = [];

  function row(line: StatementLine): PreviewRow {
    const facts: RowFacts = { line: line.line, transactionId: line.transactionId === '' ? null : line.transactionId, date: line.date, amount: line.amount, fee: line.fee };
    if (line.state !== 'booked') return unbookedRow(facts, 'notBooked', stateReasons[line.state]);
    if (line.amount === 0 && line.fee === 0) return unbookedRow(facts, 'notBooked', say('import.nothingMoved'));
    if (line.date > accepted.today) return unbookedRow(facts, 'problem', say('ledger.datedInFuture', { dated: 'entry' }));
    if (accepted.firstOpenDay !== null && line.date < accepted.firstOpenDay) return unbookedRow(facts, 'notBooked', say('import.inSealedMonth'));
    if (line.date < accepted.earliest) return unbookedRow(facts, 'problem', say('ledger.datedTooEarly', { dated: 'entry', earliest: day(accepted.earliest) }));
    if (line.transactionId !== '') {
      if (seenIds.has(line.transactionId)) return unbookedRow(facts, 'problem', say('import.idTwice', { id: line.transactionId }));
      seenIds.add(line.transactionId);
      const already = matches.byId(line.transactionId, !line.viaBalance);
      if (already !== undefined) return unbookedRow(facts, 'duplicate', say('import.alreadyBooked', { seq: already }), already);
    }
    if (line.movement === 'transfer' && linked === undefined) {
      // The other side may be booked already, from the other account's statement: then it is matched
      // by what the transfer itself did to the account (its fee apart), with no linked account needed.
      const seq = matches.takeTransfer(account.id, line.date, line.amount + line.fee);
      if (seq !== undefined) return unbookedRow(facts, 'matchedTransfer', say('import.transferMatched', { seq }), seq);
      needsLinked = true;
      return unbookedRow(facts, 'problem', say('import.transferNeedsLinked'));
    }
    const paidBy = line.movement === 'payment' && line.amount < 0 && !line.viaBalance ? linked : account;
    if (paidBy === undefined) {
      needsLinked = true;
      return unbookedRow(facts, 'problem', say('import.cardNeedsLinked'));
    }
    const main = mainBooking(line, paidBy, linked);
    const flagged = matchInLedger(line, main, paidBy);
    if (flagged !== undefined && (flagged.outcome === 'matchedTransfer' || !bookAnyway.has(line.line))) return unbookedRow(facts, flagged.outcome, flagged.reason, flagged.seq);

    const text = [line.note, line.description].filter((part) => part !== null).join(' ');
    const direction = line.amount < 0 ? 'out' : 'in';
    const ruled = main.kind === 'transfer' ? undefined : categoryFor(text, direction);
    const { memo, cleaned } = cleanNote(line.note);
    if (cleaned) notesCleaned += 1;
    if (line.description !== null) descriptions += 1;
    const recipientCode = line.counterparty === null || !(main.kind === 'contribution' || main.kind === 'disbursement') ? undefined : code(line.counterparty);
    if (line.counterparty !== null) counterparties.add(line.counterparty);
    const bookings: Booking[] = [
      { ...main, ...(ruled === undefined ? {} : { category: ruled }), ...(memo === null ? {} : { memo }), ...(recipientCode === undefined ? {} : { recipientCode }) } as Booking,
      ...(line.fee > 0 && main.kind !== 'fee' ? [{ kind: 'fee', date: line.date, amount: line.fee, accountId: paidBy.id } as Booking] : []),
    ];
    const checked = bookings.map((booking) => checkedBooking(db, booking, line.transactionId, now, vault));
    const problem = checked.find((entry): entry is { problem: Message } => 'problem' in entry);
    if (problem !== undefined) return unbookedRow(facts, 'problem', problem.problem);
    const entries = checked as NewEntry[];
    batch.push(...entries);
    const after = (id: number) => {
      const from = unavailableFrom.get(id);
      return from !== undefined && line.date >= from;
    };
    return previewRow(facts, {
      outcome: 'book',
      reason: flagged === undefined ? null : say('import.bookedAnyway'),
      matchesSeq: flagged?.seq ?? null,
      afterFreeze: entries.some(({ content }) => after(content.accountId) || (content.toAccountId !== null && after(content.toAccountId))),
      ruleApplied: ruled !== undefined,
      entries: entries.map(({ content }) => plannedEntry(content, recipientCode === undefined, shown)),
    });
  }

  /** A possible duplicate or the other side of a transfer already in the ledger, if the row is one. */
  function matchInLedger(line: StatementLine, main: Booking, paidBy: PaymentAccount): { outcome: ImportOutcome; reason: Message; seq: number } | undefined {
    const delta = effectOn(main, paidBy.id);
    if (main.kind === 'transfer') {
      const other = main.toAccountId === paidBy.id ? main.accountId : main.toAccountId;
      const seq = matches.takeTransfer(paidBy.id, line.date, delta, other);
      return seq === undefined ? undefined : { outcome: 'matchedTransfer', reason: say('import.transferMatched', { seq }), seq };
    }
    const sameDay = matches.takeSameDay(paidBy.id, line.date, delta);
    if (sameDay !== undefined) return { outcome: 'possibleDuplicate', reason: say('import.possibleDuplicate', { seq: sameDay }), seq: sameDay };
    if (line.movement !== 'payment') return undefined;
    const transfer = matches.takeTransfer(paidBy.id, line.date, line.amount);
    return transfer === undefined ? undefined : { outcome: 'possibleTransfer', reason: say('import.possibleTransfer', { seq: transfer }), seq: transfer };
  }

  return {
    row,
    batch: () => batch,
    needsLinkedAccount: () => needsLinked,
    dropped: () => ({ counterparties: counterparties.size, notesCleaned, descriptions }),
  };
}

/**
 * The entry a booked line is, before its fee: money in is a contribution of what was sent (the fee
 * the platform kept is a fee entry beside it); money out is a disbursement of what reached the other
 * person, from the account that paid; a transfer moves what arrived; a charge is a fee, and a charge
 * refunded is an adjustment in.
 */
function mainBooking(line: StatementLine, paidBy: PaymentAccount, linked: PaymentAccount | undefined): Booking {
  const common = { date: line.date, accountId: paidBy.id };
  const sent = Math.abs(line.amount);
  // Money out that was all fee (a charge for a payment that never left): the fee alone.
  if (line.amount < 0 && sent === line.fee) return { ...common, kind: 'fee', amount: sent } as Booking;
  if (line.movement === 'charge') return (line.amount < 0 ? { ...common, kind: 'fee', amount: sent } : { ...common, kind: 'adjustment', direction: 'in', amount: sent }) as Booking;
  if (line.movement === 'transfer' && linked !== undefined) {
    return (
      line.amount < 0
        ? { ...common, kind: 'transfer', amount: sent - line.fee, toAccountId: linked.id }
        : { ...common, kind: 'transfer', amount: sent + line.fee, accountId: linked.id, toAccountId: paidBy.id }
    ) as Booking;
  }
  return (line.amount < 0 ? { ...common, kind: 'disbursement', amount: sent - line.fee } : { ...common, kind: 'contribution', amount: sent + line.fee }) as Booking;
}

/** What a booking does to an account: below zero, money leaves it. */
function effectOn(booking: Booking, accountId: number): number {
  if (booking.kind === 'transfer') return booking.accountId === accountId ? -booking.amount : booking.amount;
  const out = booking.kind === 'disbursement' || booking.kind === 'fee' || (booking.kind === 'adjustment' && booking.direction === 'out');
  return out ? -booking.amount : booking.amount;
}

/** A booking through the same contract and the same checks as an entry the treasurer records, with the platform's id; or the problem that stops it. */
function checkedBooking(db: Ledger, booking: Booking, transactionId: string, now: Date, vault: EntryLookups): NewEntry | { problem: Message } {
  const parsed = recordInputSchema.safeParse(booking);
  if (!parsed.success) return { problem: describeZodError(parsed.error) };
  try {
    const entry = checkedEntry(db, parsed.data, now, vault);
    return { ...entry, content: { ...entry.content, platformTransactionId: transactionId === '' ? null : transactionId } };
  } catch (error) {
    if (error instanceof TreasuryError) return { problem: error.reason };
    throw error;
  }
}

/**
 * An entry as the preview shows it, its category by the name it is shown by; a code the ledger makes
 * up for a payment to nobody named is shown as null, as it differs each time it is made.
 */
function plannedEntry(content: NewEntry['content'], codeIsNew: boolean, shown: (stored: string) => string): PlannedEntry {
  return {
    kind: content.kind as EntryKind,
    amount: content.amount,
    // Money into its account, or out of it (a transfer: out of it, into the other).
    direction: content.kind === 'contribution' || (content.kind === 'adjustment' && content.sign > 0) ? 'in' : 'out',
    accountId: content.accountId,
    toAccountId: content.toAccountId,
    category: content.category === null ? null : shown(content.category),
    recipientCode: codeIsNew ? null : content.recipientCode,
    memo: content.memo,
  };
}

/** The first day from which the account could not pay (frozen or closed), for marking history reported after it; undefined if never. */
function firstUnavailableDay(db: Ledger, accountId: number): string | undefined {
  return statusHistory(db, accountId).find((change) => !canPayOut(change.status))?.effective_date;
}

/** The money the batch brings into and takes out of the group's accounts (a transfer between two of them moves none). */
function moneyMoved(batch: NewEntry[]): { moneyIn: number; moneyOut: number } {
  let moneyIn = 0;
  let moneyOut = 0;
  for (const { content } of batch) {
    if (content.kind === 'transfer') continue;
    const delta = content.sign * content.amount * (content.kind === 'contribution' || content.kind === 'adjustment' ? 1 : -1);
    if (delta > 0) moneyIn += delta;
    else moneyOut -= delta;
  }
  return { moneyIn, moneyOut };
}

// A booked row as the plan's digest reads it.
const bookedRowJson = canonicalWriter(['line', 'transactionId', 'date', 'entries']);

/**
 * A digest of what would be written, as the preview shows it: SHA-256 of the rows booked and their
 * entries, one canonical JSON line each, joined by newlines.
 */
function planDigest(rows: PreviewRow[]): string {
  const digest = createHash('sha256');
  let first = true;
  for (const row of rows) {
    if (row.outcome !== 'book') continue;
    digest.update(`${first ? '' : '\n'}${bookedRowJson({ line: row.line, transactionId: row.transactionId, date: row.date, entries: JSON.stringify(row.entries) })}`);
    first = false;
  }
  return digest.digest('hex');
}
