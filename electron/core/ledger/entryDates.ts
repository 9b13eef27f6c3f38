// Which dates the ledger accepts: none in the future, and none before the earliest date the group
// set (by default 2000-01-01), so a mistyped year (0026, 1926) is refused instead of booked.
import { TreasuryError } from '../../../shared/errors.ts';
import { calendarDate } from '../calendar.ts';
import { defaultEarliestEntryDate } from '../vault/migrations.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { writeTransaction } from '../vault/ledgerDatabase.ts';
import { appendFact, latestSettingFact } from './ledgerFacts.ts';

/** However far back a group's records go, none is older than this: a floor for the setting itself. */
export const lowestEarliestDate = '1970-01-01';

/** The earliest date an entry, a status change or a statement may have in this vault. */
export function earliestEntryDate(db: Ledger): string {
  const fact = latestSettingFact(db, 'earliest-entry-date');
  return typeof fact?.earliestEntryDate === 'string' ? fact.earliestEntryDate : defaultEarliestEntryDate;
}

/**
 * Sets the earliest date; refused if anything in the ledger is dated before it, since that would
 * make the ledger refuse its own history.
 */
export function setEarliestEntryDate(db: Ledger, date: string, now: Date): string {
  return writeTransaction(db, () => {
    if (date > calendarDate(now)) throw new TreasuryError('INVALID_INPUT', 'The earliest date cannot be in the future.');
    if (date < lowestEarliestDate) throw new TreasuryError('INVALID_INPUT', `The earliest date can be ${lowestEarliestDate} at the earliest.`);
    const oldest = db
      .prepare(
        `SELECT MIN(date) AS date FROM (SELECT MIN(entry_date) AS date FROM entries UNION ALL SELECT MIN(effective_date) FROM account_status_changes
                                        UNION ALL SELECT MIN(statement_date) FROM reconciliations)`,
      )
      .get() as { date: string | null };
    if (oldest.date !== null && oldest.date < date) {
      throw new TreasuryError('INVALID_INPUT', `The ledger already holds something dated ${oldest.date}; the earliest date can be that day at the latest.`);
    }
    appendFact(db, 'earliest-entry-date', { earliestEntryDate: date, recordedAt: now.toISOString() });
    return date;
  });
}

/** Refuses a date in the future or before the vault's earliest date; `what` names the thing dated. */
export function refuseDateOutOfRange(db: Ledger, date: string, now: Date, what: string, code: 'INVALID_ENTRY' | 'INVALID_INPUT' = 'INVALID_INPUT'): void {
  refuseDateOutside(acceptedDates(db, now), date, what, code);
}

/** The dates a vault accepts today: from its earliest date to today. */
export interface AcceptedDates {
  earliest: string;
  today: string;
}

/** The dates the vault accepts, read once for a batch of entries. */
export function acceptedDates(db: Ledger, now: Date): AcceptedDates {
  return { earliest: earliestEntryDate(db), today: calendarDate(now) };
}

/** Refuses a date outside `accepted`; `what` names the thing dated. */
export function refuseDateOutside(accepted: AcceptedDates, date: string, what: string, code: 'INVALID_ENTRY' | 'INVALID_INPUT' = 'INVALID_INPUT'): void {
  if (date > accepted.today) throw new TreasuryError(code, `${what} cannot be dated in the future.`);
  if (date < accepted.earliest) {
    throw new TreasuryError(
      code,
      `${what} cannot be dated before ${accepted.earliest}, the earliest date this vault accepts. If that date is right, set an earlier one in the vault's settings first.`,
    );
  }
}
