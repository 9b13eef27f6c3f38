// PayPal's activity download, in its long default layout and its short personal one (columns in
// another order, one more column), with synthetic rows: what each row becomes, the Balance column
// checked against them whichever way the file runs, and rows that cannot be read reported by line.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPaypalStatement } from '../../../electron/core/import/paypalStatement.ts';
import { balancesAgree, type ReadStatement } from '../../../electron/core/import/statementLine.ts';
import { TreasuryError } from '../../../shared/errors.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const long = fixture('paypal-long.csv');
const short = fixture('paypal-short.csv');

const agree = (statement: ReadStatement | undefined): boolean | null | undefined => (statement === undefined ? undefined : balancesAgree(statement));
const summary = (statement: ReadStatement | undefined) => statement?.lines.map((line) => [line.line, line.date, line.amount, line.fee, line.state, line.movement, line.viaBalance, line.counterparty]);

/** The file's records in the other order, its header kept first: every record starts with a quote, a line inside a cell does not. */
function newestFirst(text: string): string {
  const [header = '', ...records] = text.trimEnd().split(/\n(?=")/);
  return `${[header, ...records.reverse()].join('\n')}\n`;
}

describe('a PayPal activity download in the long layout', () => {
  it('reads every row: what became of it, the net amount and the fee, a payment, a transfer or a charge, and who was paid', () => {
    const statement = readPaypalStatement(long);
    expect(statement?.unreadable).toEqual([]);
    expect(summary(statement)).toEqual([
      [2, '2026-11-02', 2_500, 0, 'booked', 'payment', true, 'Avery Example'],
      [3, '2026-11-03', 4_000, 0, 'booked', 'transfer', true, null],
      [4, '2026-11-03', -4_000, 0, 'booked', 'payment', true, 'Jordan Sample'],
      // No name: the email of the one who paid names them.
      [5, '2026-11-04', 4_825, 175, 'booked', 'payment', true, 'riley@example.org'],
      [7, '2026-11-05', -30_000, 0, 'pending', 'payment', true, 'Casey Nobody'],
      [8, '2026-11-05', 500, 0, 'failed', 'payment', true, 'Morgan Fictional'],
      [9, '2026-11-06', -1_200, 0, 'cancelled', 'payment', true, 'Quinn Imaginary'],
      [10, '2026-11-07', -2_000, 0, 'booked', 'payment', true, 'sam@example.org'],
      // Line 11, a completed authorisation (Balance Impact: Memo), moved no money and is passed over.
      [12, '2026-11-09', -500, 0, 'booked', 'charge', true, null],
      [13, '2026-11-10', 3_000, 0, 'otherCurrency', 'payment', true, 'Taylor Sample'],
      // A conversion moves money between the group's own PayPal balances, with no bank behind it: not a transfer.
      [14, '2026-11-10', -3_000, 0, 'otherCurrency', 'payment', true, null],
      [15, '2026-11-10', 3_210, 0, 'booked', 'payment', true, null],
      [16, '2026-11-11', 1_000, 0, 'failed', 'payment', true, 'Drew Example'],
      [17, '2026-11-12', -6_000, 0, 'failed', 'transfer', true, null],
      [18, '2026-11-13', -10_000, 0, 'booked', 'transfer', true, null],
      [19, '2026-11-14', 1_500, 0, 'booked', 'transfer', true, null],
      [20, '2026-11-14', -1_500, 0, 'booked', 'payment', true, 'Jamie Placeholder'],
    ]);
    expect(statement?.lines.map((line) => line.note)).toEqual([
      'Dues for November',
      null,
      'Groceries, pantry',
      'Thank you\nfor the soup night',
      'Rent help',
      null,
      null,
      'Bus fare',
      null,
      'From the Lyon group',
      null,
      null,
      null,
      null,
      null,
      null,
      // No note: the subject is the note.
      'Bus passes',
    ]);
    expect(statement?.lines[0]?.transactionId).toBe('0SYN0000000000001');
    expect(statement?.lines[8]?.description).toBe('Chargeback Fee');
    expect(statement?.currency).toBe('USD');
  });

  it('checks the Balance column against the booked rows in the account’s currency', () => {
    const statement = readPaypalStatement(long);
    // $100.00 before the first row; the pending, denied, cancelled, reversed and failed rows and the euros move none of it.
    expect(statement?.balances).toEqual({ opening: 10_000, closing: 8_035 });
    expect(agree(statement)).toBe(true);
    const altered = readPaypalStatement(long.replace('"-40.00","0.00","-40.00"', '"-41.00","0.00","-41.00"'));
    expect(agree(altered)).toBe(false);
  });

  it('finds the same balances when the file lists the newest row first', () => {
    const statement = readPaypalStatement(newestFirst(long));
    expect(statement?.lines.map((line) => line.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19, 20]);
    expect(statement?.balances).toEqual({ opening: 10_000, closing: 8_035 });
    expect(agree(statement)).toBe(true);
  });

  it('reads the euro rows as the account’s when the account holds euros, and the dollar rows as another currency', () => {
    const statement = readPaypalStatement(long, 'EUR');
    expect(statement?.currency).toBe('EUR');
    expect(statement?.lines.filter((line) => line.state === 'booked').map((line) => [line.line, line.amount])).toEqual([
      [13, 3_000],
      [14, -3_000],
    ]);
    expect(statement?.balances).toEqual({ opening: 0, closing: 0 });
  });

  it('reports a row it cannot read by its line, and reads the rest', () => {
    const broken = long
      .replace('"11/03/2026","10:15:00","PST","Jordan', '"yesterday","10:15:00","PST","Jordan')
      .replace('"48.25"', '"48.52"')
      .replace('"Pending"', '"Held for review"')
      // A word every object answers to is no status of PayPal's either.
      .replace('"Denied"', '"constructor"')
      .replace('"-20.00","0.00"', '"-20.0.0","0.00"')
      .replace('"EUR","30.00"', '"EURO","30.00"');
    const statement = readPaypalStatement(broken);
    expect(statement?.unreadable.map(({ line, reason }) => [line, reason.key])).toEqual([
      [4, 'import.badDate'],
      [5, 'paymentStatements.netDisagrees'],
      [7, 'import.unknownStatus'],
      [8, 'import.unknownStatus'],
      [10, 'import.badAmount'],
      [13, 'paymentStatements.unknownCurrency'],
    ]);
    expect(statement?.unreadable[1]?.reason.params).toEqual({ gross: { minor: 5_000, currency: 'USD' }, fee: { minor: -175, currency: 'USD' }, net: { minor: 4_852, currency: 'USD' } });
    expect(statement?.lines.map((line) => line.line)).toEqual([2, 3, 9, 12, 14, 15, 16, 17, 18, 19, 20]);
  });
});

describe('a PayPal activity download in the short layout', () => {
  it('reads its columns by name, whatever their order, past one it does not know, newest row first', () => {
    const statement = readPaypalStatement(short);
    expect(statement?.unreadable).toEqual([]);
    expect(summary(statement)).toEqual([
      [2, '2026-11-25', 1_200, 0, 'cancelled', 'payment', true, 'Morgan Fictional'],
      [3, '2026-11-24', -10_000, 0, 'booked', 'transfer', true, null],
      [4, '2026-11-23', -2_000, 0, 'pending', 'payment', true, 'Casey Nobody'],
      [5, '2026-11-22', -4_550, 0, 'booked', 'payment', true, 'Riley Placeholder, Household Fund'],
      [7, '2026-11-21', 109_680, 320, 'booked', 'payment', true, 'Jordan Sample'],
      [8, '2026-11-20', 3_000, 0, 'booked', 'payment', true, 'Avery Example'],
    ]);
    expect(statement?.lines[4]?.transactionId).toBe('0SHORT00000000002');
    expect(statement?.lines[4]?.note).toBeNull();
    // $50.00 before the oldest row, at the bottom; $1,031.30 after the newest, at the top.
    expect(statement?.balances).toEqual({ opening: 5_000, closing: 103_130 });
    expect(agree(statement)).toBe(true);
    expect(agree(readPaypalStatement(short.replace('"-45.50","USD","0.00","-45.50"', '"-54.50","USD","0.00","-54.50"')))).toBe(false);
  });

  it('reads the version with no Fees, Total or Transaction ID: the amount is what moved, and the receipt names the transaction', () => {
    const text = [
      '"Date","Time","Time Zone","Name","Type","Status","Currency","Amount","Receipt ID","Balance"',
      '"11/20/2026","08:00:00","PST","Avery Example","Mobile Payment","Completed","USD","30.00","","80.00"',
      '"11/21/2026","09:00:00","PST","Jordan Sample","Mobile Payment","Completed","USD","-12.50","0000-1111-2222-3333","67.50"',
    ].join('\r\n');
    const statement = readPaypalStatement(text);
    expect(statement?.lines.map((line) => [line.line, line.amount, line.fee, line.transactionId])).toEqual([
      [2, 3_000, 0, ''],
      [3, -1_250, 0, '0000-1111-2222-3333'],
    ]);
    expect(statement?.balances).toEqual({ opening: 5_000, closing: 6_750 });
  });

  it('lets the Balance column say which way the file runs when its rows share one second', () => {
    const text = [
      '"Date","Time","Time Zone","Name","Type","Status","Currency","Amount","Balance"',
      '"11/20/2026","08:00:00","PST","Avery Example","Mobile Payment","Completed","USD","1.00","107.00"',
      '"11/20/2026","08:00:00","PST","Jordan Sample","Mobile Payment","Completed","USD","-4.00","106.00"',
      '"11/20/2026","08:00:00","PST","","Bank Deposit to PP Account","Completed","USD","10.00","110.00"',
    ].join('\n');
    const statement = readPaypalStatement(text);
    expect(statement?.balances).toEqual({ opening: 10_000, closing: 10_700 });
    expect(agree(statement)).toBe(true);
  });
});

describe('a file that is not a PayPal activity download', () => {
  it('is not read as one', () => {
    expect(readPaypalStatement(fixture('venmo.csv'))).toBeUndefined();
    expect(readPaypalStatement(fixture('cashapp.csv'))).toBeUndefined();
    expect(readPaypalStatement('Date,Description,Amount\n11/01/2026,Coffee,-3.00\n')).toBeUndefined();
  });
});

describe('reading PayPal’s downloads', () => {
  it('never throws anything but its own refusal, whatever bytes it is given', () => {
    for (const text of [long, short]) {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(), (noise, at) => {
          const noisy = `${text.slice(0, at % text.length)}${noise}${text.slice(at % text.length)}`;
          try {
            readPaypalStatement(noisy);
          } catch (error) {
            expect(error).toBeInstanceOf(TreasuryError);
          }
        }),
      );
    }
  });
});
