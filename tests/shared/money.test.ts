import { describe, expect, it } from 'vitest';
import { parseAmount, parseStatementBalance } from '../../shared/money.ts';

// An amount is read exactly as typed, in the account's currency; a currency written with it must be
// that one, never silently dropped.
describe('reading an amount', () => {
  it.each([
    ['1,200.50', 'USD', 120_050],
    ['$75', 'USD', 7_500],
    ['US$ 75', 'USD', 7_500],
    ['75 USD', 'USD', 7_500],
    ['.5', 'USD', 50],
    ['¥7', 'JPY', 7],
    ['€1,200', 'EUR', 120_000],
    ['CA$5', 'CAD', 500],
    ['$5', 'CAD', 500],
    ['1.234', 'BHD', 1_234],
  ])('reads %s in %s as %i minor units', (typed, currency, minor) => {
    expect(parseAmount(typed, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['EUR 100', 'USD', '"EUR 100" is in another currency (EUR); this account holds USD. Enter the amount in USD.'],
    ['£50', 'USD', '"£50" is in another currency (£); this account holds USD. Enter the amount in USD.'],
    ['¥7', 'USD', '"¥7" is in another currency (¥); this account holds USD. Enter the amount in USD.'],
    ['100 €', 'USD', '"100 €" is in another currency (€); this account holds USD. Enter the amount in USD.'],
    ['CA$5', 'USD', '"CA$5" is in another currency (CA$); this account holds USD. Enter the amount in USD.'],
    ['-5', 'USD', 'Enter the amount without a minus sign; the kind of entry says which way the money goes.'],
    ['$-5', 'USD', 'Enter the amount without a minus sign; the kind of entry says which way the money goes.'],
    ['1 50', 'USD', '"1 50" has a space inside it. Write the amount without spaces, like 1,200.50.'],
    ['1,00', 'USD', '"1,00" is not an amount. Write it like 1,200.50.'],
    ['abc', 'USD', '"abc" is not an amount. Write it like 1,200.50.'],
    ['€', 'EUR', '"€" is not an amount. Write it like 1,200.50.'],
    ['12.345', 'USD', 'USD has only 2 decimal places.'],
    ['7.5', 'JPY', 'JPY has no cents: enter a whole number.'],
    ['0.00', 'USD', 'The amount must be more than zero.'],
    ['10,000,000,000.01', 'USD', 'One amount can be at most $10,000,000,000.00.'],
    ['', 'USD', 'Enter an amount.'],
  ])('refuses %s in %s', (typed, currency, reason) => {
    expect(parseAmount(typed, currency)).toEqual({ ok: false, reason });
  });

  it('reads a statement balance, which may be zero or overdrawn', () => {
    expect(parseStatementBalance('-12.50', 'USD')).toEqual({ ok: true, minor: -1_250 });
    expect(parseStatementBalance('-$12.50', 'USD')).toEqual({ ok: true, minor: -1_250 });
    expect(parseStatementBalance('0', 'USD')).toEqual({ ok: true, minor: 0 });
    expect(parseStatementBalance('-0.00', 'USD')).toEqual({ ok: true, minor: 0 });
    expect(parseStatementBalance('£3', 'USD')).toMatchObject({ ok: false });
  });
});
