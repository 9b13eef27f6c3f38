// A bank's CSV read through a saved column mapping, with a synthetic statement: a title line above the
// header, In and Out columns, DD/MM/YYYY dates, a comma for decimals ("1.234,56") and a closing
// balance below the rows. What each row becomes, and rows that cannot be read reported by line.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMappedStatement } from '../../../electron/core/import/mappedStatement.ts';
import type { ReadStatement } from '../../../electron/core/import/statementLine.ts';
import { columnMappingSchema, type ColumnMapping } from '../../../shared/contract/columnMapping.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { bankMapping } from './bankMapping.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const bank = fixture('bank.csv');

const mapping = (fields: Record<string, string>): ColumnMapping => columnMappingSchema.parse({ name: 'Synthetic Credit Union', ...fields });

const inAndOut = bankMapping;

const oneAmount = mapping({ dateColumn: 'Date', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.', amountColumn: 'Amount' });

/** Each line's number, id, day, signed amount, counterparty and description. */
const summary = (statement: ReadStatement | undefined) => statement?.lines.map((line) => [line.line, line.transactionId, line.date, line.amount, line.counterparty, line.description]);

describe('a bank CSV read through its column mapping', () => {
  it('reads every transaction between the title and the closing balance: money in, money out, the payee and the description', () => {
    const statement = readMappedStatement(bank, inAndOut, 'USD');
    expect(statement?.unreadable).toEqual([]);
    expect(summary(statement)).toEqual([
      [3, 'SCU-0001', '2026-11-02', 2_500, 'Avery Example', 'Transfer from Avery Example - dues'],
      [4, 'SCU-0002', '2026-11-05', -4_000, 'Synthetic Grocer', 'Card payment, Synthetic Grocer'],
      [5, 'SCU-0003', '2026-11-09', 123_456, null, 'Grant from Synthetic Foundation'],
      [6, 'SCU-0004', '2026-11-10', -100_000, null, 'Transfer to savings'],
      // The out column's "-5,00" is money out all the same: its size is taken, whatever its sign.
      [7, 'SCU-0005', '2026-11-30', -500, null, 'Monthly service charge'],
    ]);
  });

  it('books every line as a payment through the balance, with no fee and no note, and states no currency or balances of its own', () => {
    const statement = readMappedStatement(bank, inAndOut, 'USD');
    expect(new Set(statement?.lines.map((line) => JSON.stringify([line.state, line.movement, line.viaBalance, line.fee, line.note])))).toEqual(
      new Set([JSON.stringify(['booked', 'payment', true, 0, null])]),
    );
    expect(statement?.currency).toBeNull();
    expect(statement?.balances).toEqual({ opening: null, closing: null });
    expect(JSON.stringify(statement)).not.toContain('000000000');
  });

  it('reads one signed amount column, with an empty id and no counterparty where the mapping names no column for them', () => {
    const text = 'Posted,Amount,Date,Details\nyes,25.00,2026-11-02,Dues\nyes,(12.50),2026-11-03,Bus passes\nyes,"-1,234.56",2026-11-04,Rent help\n';
    const statement = readMappedStatement(text, oneAmount, 'USD');
    expect(statement?.lines.map((line) => [line.line, line.transactionId, line.date, line.amount, line.counterparty, line.description])).toEqual([
      [2, '', '2026-11-02', 2_500, null, null],
      [3, '', '2026-11-03', -1_250, null, null],
      [4, '', '2026-11-04', -123_456, null, null],
    ]);
  });

  it('finds the mapping’s columns in any case, with spaces run together', () => {
    const text = 'TRANSACTION  DATE ,amount\n2026-11-02,7.00\n';
    expect(readMappedStatement(text, mapping({ dateColumn: 'Transaction Date', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.', amountColumn: 'Amount' }), 'USD')?.lines[0]?.amount).toBe(700);
  });

  it('reads thousands grouped by a space or a no-break space', () => {
    const text = 'Date,Amount\n02.11.2026,"1 234,56"\n03.11.2026,"-12\u00a0345,00"\n04.11.2026,"12 34,00"\n';
    const statement = readMappedStatement(text, mapping({ dateColumn: 'Date', dateFormat: 'DD.MM.YYYY', decimalSeparator: ',', amountColumn: 'Amount' }), 'EUR');
    expect(statement?.lines.map((line) => line.amount)).toEqual([123_456, -1_234_500]);
    expect(statement?.unreadable.map(({ line, reason }) => [line, reason.key])).toEqual([[4, 'import.badAmount']]);
  });

  it('reads each date format, with one-digit days and months and a time after the day', () => {
    const cases: Array<[ColumnMapping['dateFormat'], string]> = [
      ['YYYY-MM-DD', '2026-11-02'],
      ['MM/DD/YYYY', '11/2/2026'],
      ['DD/MM/YYYY', '02/11/2026 14:05'],
      ['DD.MM.YYYY', '2.11.2026'],
      ['YYYY/MM/DD', '2026/11/02 2:05:09 PM'],
    ];
    for (const [dateFormat, written] of cases) {
      const text = `Date,Amount\n${written},1.00\n`;
      expect(readMappedStatement(text, mapping({ dateColumn: 'Date', dateFormat, decimalSeparator: '.', amountColumn: 'Amount' }), 'USD')?.lines[0]?.date, dateFormat).toBe('2026-11-02');
    }
  });

  it('refuses a day the calendar does not have', () => {
    const us = mapping({ dateColumn: 'Date', dateFormat: 'MM/DD/YYYY', decimalSeparator: '.', amountColumn: 'Amount' });
    const statement = readMappedStatement('Date,Amount\n02/30/2026,1.00\n02/29/2028,1.00\n02/29/2026,1.00\n13/01/2026,1.00\n', us, 'USD');
    expect(statement?.lines.map((line) => line.date)).toEqual(['2028-02-29']);
    expect(statement?.unreadable).toEqual([
      { line: 2, reason: say('bankStatements.noSuchDay', { written: '02/30/2026' }) },
      { line: 4, reason: say('bankStatements.noSuchDay', { written: '02/29/2026' }) },
      { line: 5, reason: say('bankStatements.noSuchDay', { written: '13/01/2026' }) },
    ]);
  });

  it('reports a row it cannot read by its line, and reads the rest', () => {
    const broken = bank
      .replace('05/11/2026', '2026-11-05')
      .replace('"1.234,56",,"2.219,56"', ',,"2.219,56"')
      .replace(',"1.000,00","1.219,56"', '"3,00","1.000,00","1.219,56"')
      .replace('"-5,00"', '"5,0,0"');
    const statement = readMappedStatement(broken, inAndOut, 'USD');
    expect(statement?.unreadable.map(({ line, reason }) => [line, reason.key])).toEqual([
      [4, 'import.badDate'],
      [5, 'bankStatements.noAmount'],
      [6, 'bankStatements.inAndOut'],
      [7, 'import.badAmount'],
    ]);
    expect(statement?.lines.map((line) => line.line)).toEqual([3]);
  });

  it('reads a zero in the unused column as an empty one', () => {
    const text = 'Date,In,Out\n02/11/2026,"0,00","12,00"\n03/11/2026,"3,00","0,00"\n';
    const plain = mapping({ dateColumn: 'Date', dateFormat: 'DD/MM/YYYY', decimalSeparator: ',', inColumn: 'In', outColumn: 'Out' });
    expect(readMappedStatement(text, plain, 'USD')?.lines.map((line) => line.amount)).toEqual([-1_200, 300]);
  });

  it('is not the mapping’s file when a column it names is missing', () => {
    expect(readMappedStatement(fixture('venmo.csv'), inAndOut, 'USD')).toBeUndefined();
    expect(readMappedStatement(fixture('bank-ofx2.qfx'), inAndOut, 'USD')).toBeUndefined();
    expect(readMappedStatement(bank.replace('Reference', 'Ref.'), inAndOut, 'USD')).toBeUndefined();
    expect(readMappedStatement('Date,Amount\n2026-11-02,1.00\n', inAndOut, 'USD')).toBeUndefined();
  });

  it('never throws anything but its own refusal, whatever bytes are put anywhere in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.nat(), (noise, at) => {
        const place = at % (bank.length + 1);
        try {
          readMappedStatement(`${bank.slice(0, place)}${noise}${bank.slice(place)}`, inAndOut, 'USD');
        } catch (error) {
          expect(error).toBeInstanceOf(TreasuryError);
        }
      }),
    );
  });
});
