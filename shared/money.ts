// Money is an integer of minor units (cents) in one currency; never a float. These functions turn
// what a person types into minor units and back, and are shared by the screens and the CLI.
import { languages, localeOf, type Language } from './messages/language.ts';
import { money, say, type Message } from './messages/message.ts';

/**
 * The largest amount one entry (or one statement balance) may hold, in minor units: ten billion
 * dollars in cents. No mutual aid group moves that much at once; a figure past it is a typo.
 */
export const largestAmount = 1_000_000_000_000;

/**
 * The most money, in minor units, that may ever flow through one currency in the ledger (every
 * entry's amount added up, in and out). Every balance and every total of any filter is below it,
 * so all of them stay exact as JavaScript numbers, with room for a statement's difference too.
 */
export const largestTotal = 9_000_000_000_000_000;

/** How many minor-unit digits a currency has (USD 2, JPY 0, BHD 3), from the platform's ISO 4217 data. */
export function minorDigits(currency: string): number {
  let digits = knownDigits.get(currency);
  if (digits === undefined) {
    // Made once per currency: a statement of a hundred thousand rows asks a hundred thousand times.
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    knownDigits.set(currency, digits);
  }
  return digits;
}
const knownDigits = new Map<string, number>();

/** Whether a three-letter code is a currency the platform knows. */
export function isKnownCurrency(currency: string): boolean {
  if (!/^[A-Z]{3}$/.test(currency)) return false;
  return Intl.supportedValuesOf('currency').includes(currency);
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; reason: Message };

// The ways a currency is written beside an amount: its code, its symbol and its narrow symbol, in
// the languages the app speaks ("USD", "US$", "$"; "CAD", "CA$", "$"; "EUR", "€").
const knownMarkers = new Map<string, Set<string>>();
function markersOf(currency: string): Set<string> {
  const known = knownMarkers.get(currency);
  if (known !== undefined) return known;
  const markers = new Set([currency]);
  for (const language of languages) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const part = new Intl.NumberFormat(localeOf[language], { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((token) => token.type === 'currency');
      if (part !== undefined) markers.add(part.value.toUpperCase());
    }
  }
  knownMarkers.set(currency, markers);
  return markers;
}

/** Whether a marker names some currency at all ("£", "CHF"), rather than being stray text. */
function isCurrencyMarker(marker: string): boolean {
  return isKnownCurrency(marker) || Intl.supportedValuesOf('currency').some((code) => markersOf(code).has(marker));
}

/** What groups thousands and what marks decimals in a written number ("1,200.50": ',' and '.'). */
export interface NumberMarks {
  group: string;
  decimal: string;
}

/** How a language writes a number: what groups thousands and what marks decimals ("1,200.50"; "1.200,50"). */
export function numberMarks(language: Language): NumberMarks {
  const parts = new Intl.NumberFormat(localeOf[language]).formatToParts(12_345.6);
  return { group: parts.find((part) => part.type === 'group')?.value ?? ',', decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.' };
}

/** An amount written the language's way, for hints and messages: "1,200.50", "1.200,50". */
export function exampleAmount(language: Language): string {
  return exampleWith(numberMarks(language));
}

function exampleWith({ group, decimal }: NumberMarks): string {
  return `1${group}200${decimal}50`;
}

const escaped = (mark: string): string => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type ReadMoney = { ok: true; minor: number; negative: boolean } | { ok: false; reason: Message };

/**
 * Reads money as written, exactly: the digits are shifted as text, never through a float. The marks
 * say how it is written: in English commas group thousands and a dot marks decimals ("1,200.50"); in
 * Spanish the other way round ("1.200,50", or "1200,50"). A currency written with it ("EUR 100",
 * "£50", "100 €") must be the account's own: money in another currency is refused, never booked as
 * if it were this one. A plus sign is read only where `plus` allows it (a statement's "+ $1,200.00").
 */
function readMoney(typed: string, currency: string, marks: NumberMarks, plus = false): ReadMoney {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: say('amount.empty') };
  const notAnAmount = (): ReadMoney => ({ ok: false, reason: say('amount.notAnAmount', { typed: text, example: exampleWith(marks) }) });
  const parts = /^(?<signFirst>[-−+])?\s*(?<before>[^\d\s.,+\-−]+)?\s*(?<sign>[-−+])?\s*(?<number>[\d.,\s]*?)\s*(?<after>[^\d\s.,+\-−]+)?$/u.exec(text)?.groups;
  if (parts === undefined || (parts.before !== undefined && parts.after !== undefined) || (parts.signFirst !== undefined && parts.sign !== undefined)) return notAnAmount();
  const number = parts.number ?? '';
  if (/\d\s+\d/.test(number)) return { ok: false, reason: say('amount.hasSpace', { typed: text, example: exampleWith(marks) }) };
  const { group } = marks;
  const match = numberPattern(marks).exec(number);
  const sign = parts.signFirst ?? parts.sign;
  if ((sign === '+' && !plus) || match === null || (match[1] === undefined && (match[2] ?? '') === '')) return notAnAmount();
  const written = parts.before ?? parts.after;
  const marker = written?.toUpperCase();
  if (written !== undefined && marker !== undefined && !markersOf(currency).has(marker)) {
    if (!isCurrencyMarker(marker)) return notAnAmount();
    return { ok: false, reason: say('amount.otherCurrency', { typed: text, marker: written, currency }) };
  }
  const digits = minorDigits(currency);
  const whole = (match[1] ?? '0').split(group).join('');
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return { ok: false, reason: digits === 0 ? say('amount.noCents', { currency }) : say('amount.tooManyDecimals', { currency, digits }) };
  }
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!(minor <= largestAmount)) return { ok: false, reason: say('amount.tooLarge', { largest: money(largestAmount, currency) }) };
  return { ok: true, minor, negative: sign !== undefined && sign !== '+' };
}

/** A number written with these marks: whole units grouped by threes (or not at all), then the decimals. Made once per pair of marks. */
function numberPattern({ group, decimal }: NumberMarks): RegExp {
  const key = `${group}|${decimal}`;
  let pattern = numberPatterns.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`^(\\d{1,3}(?:${escaped(group)}\\d{3})+|\\d+)?(?:${escaped(decimal)}(\\d*))?$`);
    numberPatterns.set(key, pattern);
  }
  return pattern;
}
const numberPatterns = new Map<string, RegExp>();

/** An entry's amount as a person types it ("1,200.50", "$75", "20"; "1.200,50" in Spanish), in minor units: more than zero, no sign. */
export function parseAmount(typed: string, currency: string, language: Language): ParsedAmount {
  const read = readMoney(typed, currency, numberMarks(language));
  if (!read.ok) return read;
  if (read.negative) return { ok: false, reason: say('amount.noSign') };
  if (read.minor === 0) return { ok: false, reason: say('amount.notZero') };
  return { ok: true, minor: read.minor };
}

/** A statement balance as typed: unlike an entry's amount it may be zero, or below zero (an overdraft: "-12.50"). */
export function parseStatementBalance(typed: string, currency: string, language: Language): ParsedAmount {
  return signed(readMoney(typed, currency, numberMarks(language)));
}

/**
 * An amount as a platform's or a bank's statement writes it, signed, exactly, with the file's own
 * marks: "- $20.00", "+ $1,200.00", "-$2.90", "(12.00)" (an accountant's negative), "1.234,56".
 */
export function parseStatementAmount(written: string, currency: string, marks: NumberMarks): ParsedAmount {
  const bracketed = /^\s*\(([^()]*)\)\s*$/u.exec(written);
  if (bracketed === null) return signed(readMoney(written, currency, marks, true));
  const inside = readMoney(bracketed[1] ?? '', currency, marks);
  return inside.ok && inside.negative ? { ok: false, reason: say('amount.notAnAmount', { typed: written.trim(), example: exampleWith(marks) }) } : signed(inside, true);
}

/** Read money as a signed amount: below zero when written with a minus (or in brackets), never "-0". */
function signed(read: ReadMoney, negative = false): ParsedAmount {
  if (!read.ok) return read;
  return { ok: true, minor: (read.negative || negative) && read.minor !== 0 ? -read.minor : read.minor };
}

/** Minor units as a plain decimal string ("1200.50"), for CSV, JSON and the CLI. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units for people ("$1,200.50", "-€3.00"), exact for any safe integer. */
export function formatMoney(minor: number, currency: string, locale = 'en'): string {
  // Intl formats a decimal string exactly, so no float ever stands between the cents and the screen.
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minorToDecimal(minor, currency) as unknown as number);
}
