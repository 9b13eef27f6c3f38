import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages, localeOf } from '../../shared/messages/language.ts';
import { money, say } from '../../shared/messages/message.ts';
import { formatMoney, largestAmount, parseAmount, parseStatementBalance } from '../../shared/money.ts';

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
    expect(parseAmount(typed, currency, 'en')).toEqual({ ok: true, minor });
  });

  it.each([
    ['EUR 100', 'USD', say('amount.otherCurrency', { typed: 'EUR 100', marker: 'EUR', currency: 'USD' })],
    ['£50', 'USD', say('amount.otherCurrency', { typed: '£50', marker: '£', currency: 'USD' })],
    ['¥7', 'USD', say('amount.otherCurrency', { typed: '¥7', marker: '¥', currency: 'USD' })],
    ['100 €', 'USD', say('amount.otherCurrency', { typed: '100 €', marker: '€', currency: 'USD' })],
    ['CA$5', 'USD', say('amount.otherCurrency', { typed: 'CA$5', marker: 'CA$', currency: 'USD' })],
    ['-5', 'USD', say('amount.noSign')],
    ['$-5', 'USD', say('amount.noSign')],
    ['1 50', 'USD', say('amount.hasSpace', { typed: '1 50', example: '1,200.50' })],
    ['1,00', 'USD', say('amount.notAnAmount', { typed: '1,00', example: '1,200.50' })],
    ['abc', 'USD', say('amount.notAnAmount', { typed: 'abc', example: '1,200.50' })],
    ['€', 'EUR', say('amount.notAnAmount', { typed: '€', example: '1,200.50' })],
    ['12.345', 'USD', say('amount.tooManyDecimals', { currency: 'USD', digits: 2 })],
    ['7.5', 'JPY', say('amount.noCents', { currency: 'JPY' })],
    ['0.00', 'USD', say('amount.notZero')],
    ['10,000,000,000.01', 'USD', say('amount.tooLarge', { largest: money(1_000_000_000_000, 'USD') })],
    ['', 'USD', say('amount.empty')],
  ])('refuses %s in %s', (typed, currency, reason) => {
    expect(parseAmount(typed, currency, 'en')).toEqual({ ok: false, reason });
  });

  it('reads a statement balance, which may be zero or overdrawn', () => {
    expect(parseStatementBalance('-12.50', 'USD', 'en')).toEqual({ ok: true, minor: -1_250 });
    expect(parseStatementBalance('-$12.50', 'USD', 'en')).toEqual({ ok: true, minor: -1_250 });
    expect(parseStatementBalance('0', 'USD', 'en')).toEqual({ ok: true, minor: 0 });
    expect(parseStatementBalance('-0.00', 'USD', 'en')).toEqual({ ok: true, minor: 0 });
    expect(parseStatementBalance('£3', 'USD', 'en')).toMatchObject({ ok: false });
  });
});

// In Spanish the marks swap: a dot groups thousands and a comma marks decimals. An amount written the
// other language's way is refused, never read a thousand times too large or too small.
describe('reading an amount in Spanish', () => {
  it.each([
    ['1.200,50', 'USD', 120_050],
    ['1200,50', 'USD', 120_050],
    ['12.345.678,9', 'USD', 1_234_567_890],
    ['75 US$', 'USD', 7_500],
    ['100 €', 'EUR', 10_000],
    [',5', 'USD', 50],
    ['1.200', 'JPY', 1_200],
    ['1,234', 'BHD', 1_234],
  ])('reads %s in %s as %i minor units', (typed, currency, minor) => {
    expect(parseAmount(typed, currency, 'es')).toEqual({ ok: true, minor });
  });

  it.each([
    ['1,200.50', say('amount.notAnAmount', { typed: '1,200.50', example: '1.200,50' })],
    ['1200.50', say('amount.notAnAmount', { typed: '1200.50', example: '1.200,50' })],
    ['1,200', say('amount.tooManyDecimals', { currency: 'USD', digits: 2 })],
    ['1.20', say('amount.notAnAmount', { typed: '1.20', example: '1.200,50' })],
    ['1 200,50', say('amount.hasSpace', { typed: '1 200,50', example: '1.200,50' })],
  ])('refuses %s in USD', (typed, reason) => {
    expect(parseAmount(typed, 'USD', 'es')).toEqual({ ok: false, reason });
  });

  it('reads an overdrawn statement balance', () => {
    expect(parseStatementBalance('-1.012,50', 'USD', 'es')).toEqual({ ok: true, minor: -101_250 });
  });
});

describe('money written by the app reads back exactly', () => {
  it('in each language and currency, for any amount one entry may hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...languages), fc.constantFrom('USD', 'EUR', 'MXN', 'JPY', 'BHD'), fc.integer({ min: 1, max: largestAmount }), (language, currency, minor) => {
        const written = formatMoney(minor, currency, localeOf[language]);
        expect(parseAmount(written, currency, language)).toEqual({ ok: true, minor });
      }),
    );
  });
});
