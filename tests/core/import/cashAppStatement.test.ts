// Cash App's statement CSV, from its documented header with one column more, and synthetic rows:
// what each row becomes, whether it went through the Cash balance, and rows that cannot be read
// reported by line. Cash App states no balances.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCashAppStatement } from '../../../electron/core/import/cashAppStatement.ts';
import { balancesAgree } from '../../../electron/core/import/statementLine.ts';
import { TreasuryError } from '../../../shared/errors.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const report = fixture('cashapp.csv');

describe('a Cash App statement', () => {
  it('reads every row: what became of it, the net amount and the fee, whether it went through the Cash balance, and who was paid', () => {
    const statement = readCashAppStatement(report);
    expect(statement?.unreadable).toEqual([]);
    expect(statement?.lines.map((line) => [line.line, line.date, line.amount, line.fee, line.state, line.movement, line.viaBalance, line.counterparty])).toEqual([
      // The Cash Card spends the balance, though its rows name the card; their Notes name the merchant.
      [2, '2026-11-16', -600, 0, 'failed', 'payment', true, 'SYNTHETIC DELI'],
      [3, '2026-11-15', -250, 0, 'booked', 'charge', true, null],
      [4, '2026-11-14', 300, 0, 'booked', 'payment', true, 'SYNTHETIC TRANSIT'],
      [5, '2026-11-13', -900, 0, 'cancelled', 'payment', true, 'Quinn Imaginary'],
      [6, '2026-11-12', -800, 0, 'cancelled', 'payment', true, 'Drew Example'],
      [7, '2026-11-11', -700, 0, 'failed', 'payment', false, 'Jamie Placeholder'],
      [8, '2026-11-10', 500, 0, 'pending', 'payment', true, 'Morgan Fictional'],
      [9, '2026-11-09', -1_500, 0, 'pending', 'payment', true, 'Casey Nobody'],
      [10, '2026-11-08', 3_000, 0, 'otherCurrency', 'payment', true, null],
      [11, '2026-11-07', -5_000, 112, 'otherCurrency', 'payment', true, null],
      // Paid from a debit card behind Cash App, not from the balance.
      [12, '2026-11-06', -1_000, 0, 'booked', 'payment', false, 'Taylor Sample'],
      [13, '2026-11-05', 5_000, 0, 'booked', 'transfer', true, null],
      [14, '2026-11-04', -10_150, 150, 'booked', 'transfer', true, null],
      [15, '2026-11-03', -290, 0, 'booked', 'payment', true, 'SYNTHETIC TRANSIT'],
      [16, '2026-11-02', 120_000, 0, 'booked', 'payment', true, 'Avery Example'],
      [18, '2026-11-01', -4_000, 0, 'booked', 'payment', true, 'Jordan Sample'],
    ]);
    expect(statement?.lines.map((line) => line.note)).toEqual([
      null,
      'ATM fee',
      null,
      'Copies',
      'Bus pass',
      'Laundry',
      'Snacks',
      'Diapers',
      'Sale of SYNTH',
      'Purchase of BTC',
      'Phone card',
      null,
      'Instant deposit',
      null,
      'Rent fund\nfor December',
      'Groceries, pantry',
    ]);
    expect(statement?.lines[0]?.transactionId).toBe('syn0016');
    expect(statement?.lines[10]?.description).toBe('Sent P2P');
    expect(statement?.currency).toBe('USD');
  });

  it('states no balances, so there are none to check', () => {
    const statement = readCashAppStatement(report);
    expect(statement?.balances).toEqual({ opening: null, closing: null });
    expect(statement === undefined ? undefined : balancesAgree(statement)).toBeNull();
  });

  it('books none of its dollars in an account that holds another currency, and says which currency the file is in', () => {
    const statement = readCashAppStatement(report, 'EUR');
    expect(statement?.currency).toBe('USD');
    expect(statement?.lines.filter((line) => line.state === 'booked')).toEqual([]);
    expect(statement?.lines.filter((line) => line.state === 'otherCurrency').length).toBe(10);
  });

  it('reports a row it cannot read by its line, and reads the rest', () => {
    const broken = report
      .replace('2026-11-01 08:00:00 EST', 'last week')
      .replace('"PENDING"', '"ON HOLD"')
      // A word every object answers to is no status of Cash App's either.
      .replace('"FAILED"', '"CONSTRUCTOR"')
      .replace('"-$10.00","$0","-$10.00"', '"-$10.00","$0","-$11.00"')
      .replace('"$50.00","$0","$50.00"', '"$5O.00","$0","$5O.00"')
      .replace('"USD","-$8.00"', '"DOLLARS","-$8.00"');
    const statement = readCashAppStatement(broken);
    expect(statement?.unreadable.map(({ line, reason }) => [line, reason.key])).toEqual([
      [6, 'paymentStatements.unknownCurrency'],
      [7, 'import.unknownStatus'],
      [8, 'import.unknownStatus'],
      [12, 'paymentStatements.netDisagrees'],
      [13, 'import.badAmount'],
      [18, 'import.badDate'],
    ]);
    expect(statement?.lines.map((line) => line.line)).toEqual([2, 3, 4, 5, 9, 10, 11, 14, 15, 16]);
  });

  it('is not a Cash App statement when its columns are not there', () => {
    expect(readCashAppStatement(fixture('venmo.csv'))).toBeUndefined();
    expect(readCashAppStatement(fixture('paypal-long.csv'))).toBeUndefined();
    expect(readCashAppStatement(fixture('paypal-short.csv'))).toBeUndefined();
    expect(readCashAppStatement('Date,Description,Amount\n2026-11-01,Coffee,-3.00\n')).toBeUndefined();
  });

  it('never throws anything but its own refusal, whatever bytes it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(), (noise, at) => {
        const text = `${report.slice(0, at % report.length)}${noise}${report.slice(at % report.length)}`;
        try {
          readCashAppStatement(text);
        } catch (error) {
          expect(error).toBeInstanceOf(TreasuryError);
        }
      }),
    );
  });
});
