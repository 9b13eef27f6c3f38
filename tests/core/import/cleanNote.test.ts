// A payment's note is kept as the memo only once the counterparty's name, handles, emails and phone
// numbers are taken out of it. Synthetic names and numbers only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteCleaner } from '../../../electron/core/import/cleanNote.ts';

const cleanNote = (note: string | null, counterparty: string | null) => noteCleaner(counterparty === null ? [] : [counterparty])(note);

describe('a note cleaned before it is kept', () => {
  it.each([
    ['Rent for June, thanks Avery!', 'Avery Example', 'Rent for June, thanks …!'],
    ['for AVERY EXAMPLE’s groceries', 'Avery Example', 'for …’s groceries'],
    ['ask @avery-ex or $AveryCash', null, 'ask … or …'],
    ['receipt to avery@example.org please', null, 'receipt to … please'],
    ['call 555-0100 or (555) 010-0199 or +1 555 010 0123', null, 'call … or … or …'],
    ['bus passes 2026-11-02, 12.50 each, 3 riders', null, 'bus passes 2026-11-02, 12.50 each, 3 riders'],
    ['Groceries, pantry', 'Jordan Sample', 'Groceries, pantry'],
  ])('%s', (note, counterparty, memo) => {
    expect(cleanNote(note, counterparty)).toEqual({ memo, cleaned: memo !== note });
  });

  it('takes out every counterparty of the statement, not only the row’s own', () => {
    const clean = noteCleaner(['Avery Example', 'Jordan Sample', '@riley']);
    expect(clean('for jordan’s rent, from Avery')).toEqual({ memo: 'for …’s rent, from …', cleaned: true });
  });

  it('keeps nothing when nothing but a name was written', () => {
    expect(cleanNote('Avery', 'Avery Example')).toEqual({ memo: null, cleaned: true });
    expect(cleanNote(null, 'Avery Example')).toEqual({ memo: null, cleaned: false });
  });

  it('never keeps the counterparty’s name, whatever else the note holds, and never more than 200 characters', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{2,8}$/u);
    fc.assert(
      fc.property(name, name, fc.string({ maxLength: 300 }), (first, last, around) => {
        const { memo } = cleanNote(`${around} ${first} ${last.toUpperCase()} ${around}`, `${first} ${last}`);
        if (memo === null) return;
        expect([...memo].length).toBeLessThanOrEqual(200);
        expect(memo.toLowerCase()).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])(${first}|${last})(?![\\p{L}\\p{N}])`, 'iu'));
      }),
    );
  });
});
