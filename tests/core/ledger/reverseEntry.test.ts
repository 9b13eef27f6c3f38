import { describe, expect, it } from 'vitest';
import { recordEntry } from '../../../electron/core/ledger/recordEntry.ts';
import { reverseEntry } from '../../../electron/core/ledger/reverseEntry.ts';
import { findEntry } from '../../../electron/core/ledger/entryQuery.ts';
import { say } from '../../../shared/messages/message.ts';
import { ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// A correction is the entry's exact opposite, dated the day it is made and linked both ways; once per entry.
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-reverse-');
const recordedOn = new Date('2026-11-10T12:00:00.000Z');
const correctedOn = new Date('2026-11-30T09:00:00.000Z');

describe('reversing an entry', () => {
  it('appends its opposite, dated today, with the same fields and a memo naming it', () => {
    const db = bareLedger();
    const balance = () => db.prepare('SELECT COALESCE(SUM(delta), 0) FROM postings WHERE account_id = 1').pluck().get();
    recordEntry(db, { kind: 'contribution', date: '2026-11-01', amount: 9_000, accountId: 1 }, recordedOn);
    const original = recordEntry(db, { kind: 'adjustment', date: '2026-11-05', amount: 1_250, accountId: 1, direction: 'out', memo: 'Synthetic bank error' }, recordedOn);
    const reversal = reverseEntry(db, original.seq, {}, correctedOn);
    expect(reversal).toMatchObject({
      kind: 'adjustment',
      date: '2026-11-30',
      amount: 1_250,
      accountId: 1,
      fundId: original.fundId,
      category: original.category,
      memo: `Reverses #${original.seq}`,
      reversesSeq: original.seq,
      recordedAt: correctedOn.toISOString(),
    });
    expect(balance()).toBe(9_000);
    expect(findEntry(db, original.seq).reversedBySeq).toBe(reversal.seq);
  });

  it('keeps the memo given, and reads an empty one as none given', () => {
    const db = bareLedger();
    const first = recordEntry(db, { kind: 'contribution', date: '2026-11-01', amount: 100, accountId: 1, recipientCode: 'R-7KQ2MX' }, recordedOn);
    const second = recordEntry(db, { kind: 'contribution', date: '2026-11-01', amount: 100, accountId: 1 }, recordedOn);
    expect(reverseEntry(db, first.seq, { memo: 'Counted twice' }, correctedOn)).toMatchObject({ memo: 'Counted twice', recipientCode: 'R-7KQ2MX' });
    expect(reverseEntry(db, second.seq, { memo: '' }, correctedOn).memo).toBe(`Reverses #${second.seq}`);
  });

  it('refuses a second reversal, and a reversal of a reversal, naming the entries, and writes nothing', () => {
    const db = bareLedger();
    const original = recordEntry(db, { kind: 'contribution', date: '2026-11-01', amount: 100, accountId: 1 }, recordedOn);
    const reversal = reverseEntry(db, original.seq, {}, correctedOn);
    expect(() => reverseEntry(db, original.seq, {}, correctedOn)).toThrowError(
      expect.objectContaining({ code: 'ALREADY_REVERSED', reason: say('ledger.alreadyReversed', { seq: original.seq, reversal: reversal.seq }) }),
    );
    expect(() => reverseEntry(db, reversal.seq, {}, correctedOn)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ENTRY', reason: say('ledger.reversingACorrection', { seq: reversal.seq, corrected: original.seq }) }),
    );
    expect(db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(2);
  });
});
