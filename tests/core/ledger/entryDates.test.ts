import { describe, expect, it } from 'vitest';
import { addAccount, setAccountStatus } from '../../../electron/core/accounts/paymentAccounts.ts';
import { earliestEntryDate, refuseDateOutOfRange, setEarliestEntryDate } from '../../../electron/core/ledger/entryDates.ts';
import { recordEntry } from '../../../electron/core/ledger/recordEntry.ts';
import { noPersonalTies, ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// Which dates the ledger takes: none after today, none before the vault's earliest date (2000-01-01
// unless the group moves it), and the earliest date itself never after anything already recorded.
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-dates-');
const now = new Date('2026-11-30T23:30:00.000Z');
const beforeEarliest = (date: string) => `A payment cannot be dated before ${date}, the earliest date this vault accepts. If that date is right, set an earlier one in the vault's settings first.`;

describe('the dates an entry may have', () => {
  it('today and the earliest date are taken; the day after today and the day before the earliest are not', () => {
    const db = bareLedger();
    expect(earliestEntryDate(db)).toBe('2000-01-01');
    expect(() => refuseDateOutOfRange(db, '2026-11-30', now, 'A payment')).not.toThrow();
    expect(() => refuseDateOutOfRange(db, '2000-01-01', now, 'A payment')).not.toThrow();
    expect(() => refuseDateOutOfRange(db, '2026-12-01', now, 'A payment')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', message: 'A payment cannot be dated in the future.' }));
    expect(() => refuseDateOutOfRange(db, '1999-12-31', now, 'A payment', 'INVALID_ENTRY')).toThrowError(expect.objectContaining({ code: 'INVALID_ENTRY', message: beforeEarliest('2000-01-01') }));
  });

  it('moves with the earliest date the group sets, as far back as 1970-01-01 and no further', () => {
    const db = bareLedger();
    expect(setEarliestEntryDate(db, '1970-01-01', now)).toBe('1970-01-01');
    expect(earliestEntryDate(db)).toBe('1970-01-01');
    expect(() => refuseDateOutOfRange(db, '1970-01-01', now, 'A payment')).not.toThrow();
    expect(() => setEarliestEntryDate(db, '1969-12-31', now)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', message: 'The earliest date can be 1970-01-01 at the earliest.' }));
    expect(setEarliestEntryDate(db, '2026-11-30', now)).toBe('2026-11-30');
    expect(() => refuseDateOutOfRange(db, '2026-11-29', now, 'A payment')).toThrowError(beforeEarliest('2026-11-30'));
    expect(() => setEarliestEntryDate(db, '2026-12-01', now)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', message: 'The earliest date cannot be in the future.' }));
    expect(earliestEntryDate(db)).toBe('2026-11-30');
  });

  it('is never set after the oldest entry or status change, which may be that very day', () => {
    const db = bareLedger();
    recordEntry(db, { kind: 'contribution', date: '2024-03-15', amount: 100, accountId: 1 }, now);
    const refusal = (date: string) => `The ledger already holds something dated ${date}; the earliest date can be that day at the latest.`;
    expect(() => setEarliestEntryDate(db, '2024-03-16', now)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', message: refusal('2024-03-15') }));
    expect(setEarliestEntryDate(db, '2024-03-15', now)).toBe('2024-03-15');
    const account = addAccount(db, { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security: noPersonalTies }, now);
    setEarliestEntryDate(db, '2020-01-01', now);
    setAccountStatus(db, { accountId: account.id, status: 'frozen', date: '2021-06-01', reason: 'Synthetic review' }, now);
    expect(() => setEarliestEntryDate(db, '2021-06-02', now)).toThrowError(refusal('2021-06-01'));
  });
});
