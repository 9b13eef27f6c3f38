// Money is an integer of minor units (cents) in one currency; never a float. These functions turn
// what a person types into minor units and back, and are shared by the screens and the CLI.

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
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Whether a three-letter code is a currency the platform knows. */
export function isKnownCurrency(currency: string): boolean {
  if (!/^[A-Z]{3}$/.test(currency)) return false;
  return Intl.supportedValuesOf('currency').includes(currency);
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; reason: string };

// The ways a currency is written beside an amount: its code, its symbol and its narrow symbol, in
// the languages the app speaks ("USD", "US$", "$"; "CAD", "CA$", "$"; "EUR", "€").
const markerLocales = ['en', 'es'];
const knownMarkers = new Map<string, Set<string>>();
function markersOf(currency: string): Set<string> {
  const known = knownMarkers.get(currency);
  if (known !== undefined) return known;
  const markers = new Set([currency]);
  for (const locale of markerLocales) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((token) => token.type === 'currency');
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

type ReadMoney = { ok: true; minor: number; negative: boolean } | { ok: false; reason: string };

/**
 * Reads money as typed, exactly: the digits are shifted as text, never through a float. Commas group
 * thousands; a dot marks decimals. A currency written with it ("EUR 100", "£50", "100 €") must be
 * the account's own: money in another currency is refused, never booked as if it were this one.
 */
function readMoney(typed: string, currency: string): ReadMoney {
  const text = typed.trim();
  if (text === '') return { ok: false, reason: 'Enter an amount.' };
  const parts = /^(?<signFirst>[-−+])?\s*(?<before>[^\d\s.,+\-−]+)?\s*(?<sign>[-−+])?\s*(?<number>[\d.,\s]*?)\s*(?<after>[^\d\s.,+\-−]+)?$/u.exec(text)?.groups;
  if (parts === undefined || (parts.before !== undefined && parts.after !== undefined) || (parts.signFirst !== undefined && parts.sign !== undefined)) return notAnAmount(text);
  const number = parts.number ?? '';
  if (/\d\s+\d/.test(number)) return { ok: false, reason: `"${text}" has a space inside it. Write the amount without spaces, like 1,200.50.` };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/.exec(number);
  const sign = parts.signFirst ?? parts.sign;
  if (sign === '+' || match === null || (match[1] === undefined && (match[2] ?? '') === '')) return notAnAmount(text);
  const marker = (parts.before ?? parts.after)?.toUpperCase();
  if (marker !== undefined && !markersOf(currency).has(marker)) {
    if (!isCurrencyMarker(marker)) return notAnAmount(text);
    return { ok: false, reason: `"${text}" is in another currency (${parts.before ?? parts.after}); this account holds ${currency}. Enter the amount in ${currency}.` };
  }
  const digits = minorDigits(currency);
  const whole = (match[1] ?? '0').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return { ok: false, reason: digits === 0 ? `${currency} has no cents: enter a whole number.` : `${currency} has only ${digits} decimal places.` };
  }
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!(minor <= largestAmount)) return { ok: false, reason: `One amount can be at most ${formatMoney(largestAmount, currency)}.` };
  return { ok: true, minor, negative: sign !== undefined };
}

function notAnAmount(text: string): ReadMoney & { ok: false } {
  return { ok: false, reason: `"${text}" is not an amount. Write it like 1,200.50.` };
}

/** An entry's amount as a person types it ("1,200.50", "$75", "20"), in minor units: more than zero, no sign. */
export function parseAmount(typed: string, currency: string): ParsedAmount {
  const read = readMoney(typed, currency);
  if (!read.ok) return read;
  if (read.negative) return { ok: false, reason: 'Enter the amount without a minus sign; the kind of entry says which way the money goes.' };
  if (read.minor === 0) return { ok: false, reason: 'The amount must be more than zero.' };
  return { ok: true, minor: read.minor };
}

/** A statement balance as typed: unlike an entry's amount it may be zero, or below zero (an overdraft: "-12.50"). */
export function parseStatementBalance(typed: string, currency: string): ParsedAmount {
  const read = readMoney(typed, currency);
  if (!read.ok) return read;
  return { ok: true, minor: read.negative && read.minor !== 0 ? -read.minor : read.minor };
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
