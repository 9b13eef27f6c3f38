// Money is an integer of minor units (cents) in one currency; never a float. These helpers turn
// what a person types into minor units and back, and are shared by the screens and the CLI.

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

/**
 * Reads an amount as a person types it ("1,200.50", "$75", "20") into minor units, exactly: the
 * digits are shifted as text, never through a float. Commas group thousands; a dot marks decimals.
 */
export function parseAmount(typed: string, currency: string): ParsedAmount {
  if (typed.trim() === '') return { ok: false, reason: 'Enter an amount.' };
  // A leading currency sign or code ("$", "US$", "EUR ") is what people copy from statements.
  const text = typed.trim().replace(/^(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s)/, '').replace(/\s/g, '');
  if (text.startsWith('-')) return { ok: false, reason: 'Enter the amount without a minus sign; the kind of entry says which way the money goes.' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/.exec(text);
  if (match === null || (match[1] === undefined && (match[2] ?? '') === '')) {
    return { ok: false, reason: `"${typed.trim()}" is not an amount. Write it like 1,200.50.` };
  }
  const digits = minorDigits(currency);
  const whole = (match[1] ?? '0').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return { ok: false, reason: digits === 0 ? `${currency} has no cents: enter a whole number.` : `${currency} has only ${digits} decimal places.` };
  }
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'That amount is too large.' };
  if (minor === 0) return { ok: false, reason: 'The amount must be more than zero.' };
  return { ok: true, minor };
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
