// Venmo's statement CSV, from its documented header, with synthetic rows: what each row becomes, the
// file's own balances checked against them, and rows that cannot be read reported by line.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancesAgree } from '../../../electron/core/import/statementLine.ts';
import { readVenmoStatement } from '../../../electron/core/import/venmoStatement.ts';
import { TreasuryError } from '../../../shared/errors.ts';

const fixture = readFileSync(new URL('./fixtures/venmo.csv', import.meta.url), 'utf8');

describe('a Venmo statement', () => {
  it('reads every transaction: what became of it, its amount and fee, whether it went through the balance, and who was paid', () => {
    const statement = readVenmoStatement(fixture);
    expect(statement?.unreadable).toEqual([]);
    expect(statement?.lines.map((line) => [line.line, line.date, line.amount, line.fee, line.state, line.movement, line.viaBalance, line.counterparty])).toEqual([
      [5, '2026-11-02', 2_500, 0, 'booked', 'payment', true, 'Avery Example'],
      [6, '2026-11-03', -4_000, 0, 'booked', 'payment', true, 'Jordan Sample'],
      [7, '2026-11-05', -1_250, 0, 'booked', 'payment', false, 'Riley Placeholder'],
      [8, '2026-11-07', -5_000, 0, 'booked', 'transfer', true, null],
      [9, '2026-11-09', -30_000, 0, 'pending', 'payment', true, 'Casey Nobody'],
      [10, '2026-11-10', 500, 0, 'cancelled', 'payment', true, 'Morgan Fictional'],
      [11, '2026-11-12', -1_025, 25, 'booked', 'transfer', true, null],
    ]);
    expect(statement?.lines[1]?.note).toBe('Groceries, pantry');
    expect(statement?.lines[0]?.transactionId).toBe('9000000000000000001');
  });

  it('checks its own balances against the booked rows that went through the balance', () => {
    const statement = readVenmoStatement(fixture);
    // $100.00 + $25.00 − $40.00 − $50.00 − $10.25 = $24.75; the card payment, the pending and the cancelled rows move nothing.
    expect(statement?.balances).toEqual({ opening: 10_000, closing: 2_475 });
    expect(statement === undefined ? undefined : balancesAgree(statement)).toBe(true);
    const altered = readVenmoStatement(fixture.replace('- $40.00', '- $41.00'));
    expect(altered === undefined ? undefined : balancesAgree(altered)).toBe(false);
  });

  it('reports a row it cannot read by its line, and reads the rest', () => {
    const broken = fixture.replace('2026-11-03T09:10:11', 'yesterday').replace('Pending', 'Held for review').replace('- $12.50', '- 12.5.0').replace('Canceled', 'constructor');
    const statement = readVenmoStatement(broken);
    expect(statement?.unreadable.map(({ line, reason }) => [line, reason.key])).toEqual([
      [6, 'import.badDate'],
      [7, 'import.badAmount'],
      [9, 'import.unknownStatus'],
      [10, 'import.unknownStatus'],
    ]);
    expect(statement?.lines.map((line) => line.line)).toEqual([5, 8, 11]);
  });

  it('is not a Venmo statement when its columns are not there', () => {
    expect(readVenmoStatement('Date,Description,Amount\n2026-11-01,Coffee,-3.00\n')).toBeUndefined();
  });

  it('never throws anything but its own refusal, whatever bytes it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(), (noise, at) => {
        const text = `${fixture.slice(0, at % fixture.length)}${noise}${fixture.slice(at % fixture.length)}`;
        try {
          readVenmoStatement(text);
        } catch (error) {
          expect(error).toBeInstanceOf(TreasuryError);
        }
      }),
    );
  });
});
