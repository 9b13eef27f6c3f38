// Which dates the ledger accepts: none in the future, and none before the earliest date the group
// set (by default 2000-01-01), so a mistyped year (0026, 1926) is refused instead of booked; nor in
// a month retention sealed, whose totals are final.
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say } from '../../../shared/messages/message.ts';
import { calendarDate } from '../calendar.ts';
import { defaultEarliestEntryDate } from './earliestEntryDate.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { writeTransaction } from '../vault/ledgerDatabase.ts';
import { appendFact, latestSettingFact } from './ledgerFacts.ts';
import { firstOpenMonth } from './sealedMonths.ts';

/** However far back a group's records go, none is older than this: a floor for the setting itself. */
export const lowestEarliestDate = '1970-01-01';

/** The earliest date an entry, a status change or a statement may have in this vault: the group's setting, or the day after the last sealed month. */
export function earliestEntryDate(db: Ledger): string {
  const fact = latestSettingFact(db, 'earliest-entry-date');
  const setting = typeof fact?.earliestEntryDate === 'string' ? fact.earliestEntryDate : defaultEarliestEntryDate;
  const sealed = firstOpenDay(db);
  return sealed !== null && sealed > setting ? sealed : setting;
}

/** The first day of the first month retention has not sealed, or null if none is sealed. */
function firstOpenDay(db: Ledger): string | null {
  const month = firstOpenMonth(db);
  return month === null ? null : `${month}-01`;
}

/**
 * Sets the earliest date; refused if anything in the ledger is dated before it, since that would
 * make the ledger refuse its own history.
 */
export function setEarliestEntryDate(db: Ledger, date: string, now: Date): string {
  return writeTransaction(db, () => {
    if (date > calendarDate(now)) throw new TreasuryError('INVALID_INPUT', say('ledger.earliestDateInFuture'));
    if (date < lowestEarliestDate) throw new TreasuryError('INVALID_INPUT', say('ledger.earliestDateTooEarly', { lowest: day(lowestEarliestDate) }));
    const sealed = firstOpenDay(db);
    if (sealed !== null && date < sealed) throw new TreasuryError('INVALID_INPUT', say('ledger.earliestDateSealed', { firstOpen: day(sealed) }));
    const oldest = db
      .prepare(
        `SELECT MIN(date) AS date FROM (SELECT MIN(entry_date) AS date FROM entries UNION ALL SELECT MIN(effective_date) FROM account_status_changes
                                        UNION ALL SELECT MIN(statement_date) FROM reconciliations)`,
      )
      .get() as { date: string | null };
    if (oldest.date !== null && oldest.date < date) {
      throw new TreasuryError('INVALID_INPUT', say('ledger.earliestDateAfterHistory', { oldest: day(oldest.date) }));
    }
    appendFact(db, 'earliest-entry-date', { earliestEntryDate: date, recordedAt: now.toISOString() });
    return date;
  });
}

/** What a date belongs to, as the refusal names it: an entry, a status change or a statement. */
export type Dated = 'entry' | 'statusChange' | 'statement';

/** Refuses a date in the future or before the vault's earliest date. */
export function refuseDateOutOfRange(db: Ledger, date: string, now: Date, dated: Dated, code: 'INVALID_ENTRY' | 'INVALID_INPUT' = 'INVALID_INPUT'): void {
  refuseDateOutside(acceptedDates(db, now), date, dated, code);
}

/** The dates a vault accepts today: from its earliest date to today. */
export interface AcceptedDates {
  earliest: string;
  today: string;
  /** The first day after the months retention sealed, or null. */
  firstOpenDay: string | null;
}

/** The dates the vault accepts, read once for a batch of entries. */
export function acceptedDates(db: Ledger, now: Date): AcceptedDates {
  return { earliest: earliestEntryDate(db), today: calendarDate(now), firstOpenDay: firstOpenDay(db) };
}

/** Refuses a date outside `accepted`. */
export function refuseDateOutside(accepted: AcceptedDates, date: string, dated: Dated, code: 'INVALID_ENTRY' | 'INVALID_INPUT' = 'INVALID_INPUT'): void {
  if (date > accepted.today) throw new TreasuryError(code, say('ledger.datedInFuture', { dated }));
  if (accepted.firstOpenDay !== null && date < accepted.firstOpenDay) throw new TreasuryError(code, say('ledger.datedInSealedMonth', { dated, firstOpen: day(accepted.firstOpenDay) }));
  if (date < accepted.earliest) throw new TreasuryError(code, say('ledger.datedTooEarly', { dated, earliest: day(accepted.earliest) }));
}
