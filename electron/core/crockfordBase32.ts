import { randomBytes } from 'node:crypto';

// Crockford's alphabet: no I, L, O or U, so a code read aloud or copied by hand survives.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random string of `length` Crockford base-32 characters (5 bits each). */
export function randomCrockford(length: number): string {
  const bytes = randomBytes(length);
  // 256 is a multiple of 32, so taking the low five bits is unbiased.
  return Array.from(bytes, (byte) => alphabet[byte & 31]).join('');
}

/** The first `length` five-bit groups of `bytes`, most significant bit first, as Crockford base 32. */
export function crockfordOf(bytes: Uint8Array, length: number): string {
  let characters = '';
  for (let index = 0; index < length; index += 1) {
    const bit = index * 5;
    // The five bits may span two bytes: read them as one 16-bit window.
    const window = ((bytes[bit >> 3] ?? 0) << 8) | (bytes[(bit >> 3) + 1] ?? 0);
    characters += alphabet[(window >> (11 - (bit & 7))) & 31];
  }
  return characters;
}

/** Uppercases, drops spaces and dashes, and reads the look-alike letters as the digits they stand for. */
export function normaliseCrockford(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Splits a code into groups a person can write down, e.g. "ABCDE-FGHJK". */
export function groupCode(code: string, size: number): string {
  return (code.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join('-');
}

/** Whether every character is in the alphabet (after normalising). */
export function isCrockford(text: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]+$/.test(text);
}
