// Amounts as payment platforms' and banks' statements write them, read exactly into signed minor
// units with the file's own marks: the importers read every amount through parseStatementAmount.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorToDecimal, parseStatementAmount, type NumberMarks } from '../../shared/money.ts';

const dot: NumberMarks = { group: ',', decimal: '.' };
const comma: NumberMarks = { group: '.', decimal: ',' };

describe('an amount on a statement', () => {
  it.each([
    ['- $20.00', dot, -2_000],
    ['+ $1,200.00', dot, 120_000],
    ['-$2.90', dot, -290],
    ['$2.90', dot, 290],
    ['(12.00)', dot, -1_200],
    ['($1,234.56)', dot, -123_456],
    ['1,234.56', dot, 123_456],
    ['−7.50', dot, -750],
    ['1.234,56', comma, 123_456],
    ['-1.234,56 €', { group: '.', decimal: ',' }, -123_456],
    ['0.00', dot, 0],
    ['-0.00', dot, 0],
    ['25', dot, 2_500],
  ])('reads %s', (written, marks, minor) => {
    expect(parseStatementAmount(written, written.includes('€') ? 'EUR' : 'USD', marks)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'amount.empty'],
    ['twenty', 'amount.notAnAmount'],
    ['(-12.00)', 'amount.notAnAmount'],
    ['((12.00))', 'amount.notAnAmount'],
    ['+-5.00', 'amount.notAnAmount'],
    ['1,23.45', 'amount.notAnAmount'],
    ['12.345', 'amount.tooManyDecimals'],
    ['€12.00', 'amount.otherCurrency'],
    ['1 200.00', 'amount.hasSpace'],
    ['10000000000.01', 'amount.tooLarge'],
  ])('refuses %s, saying why', (written, key) => {
    const read = parseStatementAmount(written, 'USD', dot);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.key).toBe(key);
  });

  it('gives back any amount in cents, written in any of the forms statements use, with either marks', () => {
    const forms = [
      (plain: string, negative: boolean) => `${negative ? '- ' : '+ '}$${plain}`,
      (plain: string, negative: boolean) => `${negative ? '-' : ''}$${plain}`,
      (plain: string, negative: boolean) => (negative ? `(${plain})` : plain),
    ];
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.constantFrom(...forms), fc.constantFrom(dot, comma), (minor, form, marks) => {
        const [whole = '0', cents = '00'] = minorToDecimal(Math.abs(minor), 'USD').split('.');
        const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
        expect(parseStatementAmount(form(`${grouped}${marks.decimal}${cents}`, minor < 0), 'USD', marks)).toEqual({ ok: true, minor: minor === 0 ? 0 : minor });
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (written) => void parseStatementAmount(written, 'USD', dot)));
  });
});
