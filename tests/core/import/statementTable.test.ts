// A CSV statement is read by a real CSV parser and its columns found by name: a title above the
// header, columns reordered or added, quoted commas and line breaks, a byte-order mark and mixed line
// ends all read the same. Synthetic data only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStatementTable } from '../../../electron/core/import/statementTable.ts';
import { TreasuryError } from '../../../shared/errors.ts';

const required = ['ID', 'Datetime', 'Amount (total)'];

describe('a CSV statement', () => {
  it('finds its header below a title, by name, and gives each row its cells by name and the line it starts on', () => {
    const text = [
      '\uFEFFAccount Statement - (@Synthetic-Group) ,,,,',
      'Account Activity,,,,',
      ',ID,Datetime,Note,Amount (total)',
      ',1001,2026-01-02T10:00:00,"Rent, January",- $20.00',
      ',1002,2026-01-03T10:00:00,"Two',
      'lines",+ $1.00',
      ',,,,',
      ',,,Ending balance,$81.00',
    ].join('\r\n');
    const table = readStatementTable(text, required);
    expect(table?.headerLine).toBe(3);
    expect(table?.rows.map((row) => [row.line, row.cells.get('id'), row.cells.get('note'), row.cells.get('amount (total)')])).toEqual([
      [4, '1001', 'Rent, January', '- $20.00'],
      // Line breaks read as \n, inside cells too.
      [5, '1002', 'Two\nlines', '+ $1.00'],
      [8, '', 'Ending balance', '$81.00'],
    ]);
  });

  it('reads the same rows whatever the order of the columns, the case of their names, or the columns added', () => {
    const first = readStatementTable('ID,Datetime,Amount (total)\n7,2026-02-01,$5.00\n', required);
    const moved = readStatementTable(' amount  (TOTAL) ,Extra,datetime,id\n$5.00,x,2026-02-01,7\n', required);
    const pick = (table: typeof first) => table?.rows.map((row) => required.map((name) => row.cells.get(name.toLowerCase())));
    expect(pick(moved)).toEqual(pick(first));
    expect(pick(first)).toEqual([['7', '2026-02-01', '$5.00']]);
  });

  it('is not this kind of statement when no row holds every column it needs', () => {
    expect(readStatementTable('Date,Description,Amount\n2026-01-01,Coffee,-3.00\n', required)).toBeUndefined();
    expect(readStatementTable('', required)).toBeUndefined();
  });

  it('refuses a file CSV cannot read, with the line', () => {
    const refusal = (() => {
      try {
        readStatementTable('ID,Datetime,Amount (total)\n1,"2026-01-01,$5.00\n2,2026-01-02,$1.00\n', required);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(TreasuryError);
    expect(refusal).toMatchObject({ code: 'INVALID_INPUT', reason: { key: 'import.csvUnreadable' } });
  });

  it('never throws anything but its own refusal, whatever bytes it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        try {
          readStatementTable(text, required);
        } catch (error) {
          expect(error).toBeInstanceOf(TreasuryError);
        }
      }),
    );
  });
});
