import { describe, expect, it } from 'vitest';
import { addAccount, setAccountStatus } from '../../../electron/core/accounts/paymentAccounts.ts';
import { earliestEntryDate, refuseDateOutOfRange, setEarliestEntryDate } from '../../../electron/core/ledger/entryDates.ts';
import { recordEntry } from '../../../electron/core/ledger/recordEntry.ts';
import { day, say } from '../../../shared/messages/message.ts';
import { noPersonalTies, ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// Which dates the ledger takes: none after today, none before the vault's earliest date (2000-01-01
// unless the group moves it), and the earliest date itself never after anything already recorded.
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-dates-');
const now = new Date('2026-11-30T23:30:00.000Z');
const beforeEarliest = (date: string) => say('ledger.datedTooEarly', { dated: 'statement', earliest: day(date) });

describe('the dates an entry may have', () => {
  it('today and the earliest date are taken; the day after today and the day before the earliest are not', () => {
    const db = bareLedger();
    expect(earliestEntryDate(db)).toBe('2000-01-01');
    expect(() => refuseDateOutOfRange(db, '2026-11-30', now, 'statement')).not.toThrow();
    expect(() => refuseDateOutOfRange(db, '2000-01-01', now, 'statement')).not.toThrow();
    expect(() => refuseDateOutOfRange(db, '2026-12-01', now, 'statement')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', reason: say('ledger.datedInFuture', { dated: 'statement' }) }),
    );
    expect(() => refuseDateOutOfRange(db, '1999-12-31', now, 'statement', 'INVALID_ENTRY')).toThrowError(expect.objectContaining({ code: 'INVALID_ENTRY', reason: beforeEarliest('2000-01-01') }));
  });

  it('moves with the earliest date the group sets, as far back as 1970-01-01 and no further', () => {
    const db = bareLedger();
    expect(setEarliestEntryDate(db, '1970-01-01', now)).toBe('1970-01-01');
    expect(earliestEntryDate(db)).toBe('1970-01-01');
    expect(() => refuseDateOutOfRange(db, '1970-01-01', now, 'statement')).not.toThrow();
    expect(() => setEarliestEntryDate(db, '1969-12-31', now)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', reason: say('ledger.earliestDateTooEarly', { lowest: day('1970-01-01') }) }),
    );
    expect(setEarliestEntryDate(db, '2026-11-30', now)).toBe('2026-11-30');
    expect(() => refuseDateOutOfRange(db, '2026-11-29', now, 'statement')).toThrowError(expect.objectContaining({ reason: beforeEarliest('2026-11-30') }));
    expect(() => setEarliestEntryDate(db, '2026-12-01', now)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', reason: say('ledger.earliestDateInFuture') }));
    expect(earliestEntryDate(db)).toBe('2026-11-30');
  });

  it('is never set after the oldest entry or status change, which may be that very day', () => {
    const db = bareLedger();
    recordEntry(db, { kind: 'contribution', date: '2024-03-15', amount: 100, accountId: 1 }, now);
    const refusal = (date: string) => expect.objectContaining({ code: 'INVALID_INPUT', reason: say('ledger.earliestDateAfterHistory', { oldest: day(date) }) });
    expect(() => setEarliestEntryDate(db, '2024-03-16', now)).toThrowError(refusal('2024-03-15'));
    expect(setEarliestEntryDate(db, '2024-03-15', now)).toBe('2024-03-15');
    const account = addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    setEarliestEntryDate(db, '2020-01-01', now);
    setAccountStatus(db, { accountId: account.id, status: 'frozen', date: '2021-06-01', reason: 'Synthetic review' }, now);
    expect(() => setEarliestEntryDate(db, '2021-06-02', now)).toThrowError(refusal('2021-06-01'));
  });
});
