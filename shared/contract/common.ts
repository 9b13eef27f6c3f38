import * as z from 'zod';
import { largestAmount } from '../money.ts';
import { inputProblem } from '../messages/inputProblems.ts';
import { say, type Message } from '../messages/message.ts';
import { codePointLabel, hiddenCharacterIn, looksLikeNumber, nameSpacing, storedForm } from '../text.ts';

/** Whether a YYYY-MM-DD date names a day the calendar has (no 2026-02-30). */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const moment = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999. A month or a day
  // the calendar does not have (00, 13, the 30th of February, the 0th) rolls over into another month.
  moment.setUTCFullYear(year, month - 1, day);
  return moment.getUTCMonth() === month - 1;
}

/** A calendar date as the treasurer means it, YYYY-MM-DD, with no time zone to drift. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: inputProblem(say('input.dateFormat')), abort: true })
  .refine(isCalendarDay, { message: inputProblem(say('input.noSuchDay')), abort: true });
/** A calendar month, YYYY-MM. */
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, inputProblem(say('input.monthFormat')));
/** An amount in minor units (cents): a whole number, never a float, never beyond the largest amount one entry may hold. */
export const minorUnits = z
  .number()
  .int(inputProblem(say('input.wholeCents')))
  .refine((value) => Math.abs(value) <= largestAmount, inputProblem(say('input.amountTooLarge', { largest: largestAmount })));
export const positiveMinorUnits = minorUnits.refine((value) => value > 0, inputProblem(say('input.amountNotPositive')));
/** A total: any exactly representable whole number of minor units (zod's int() is the safe-integer range; the ledger keeps every total within it). */
export const totalMinorUnits = z.number().int();
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, inputProblem(say('input.currencyCode')));
export const id = z.number().int().positive();

/**
 * Text as it is stored and hashed: NFC, trimmed. (The dispatcher has already refused any string
 * that is not well-formed Unicode, for every method.)
 */
const storedText = z.string().transform((text) => storedForm(text).trim());

/** How many characters people count in a text: code points, not UTF-16 units. */
const characters = (text: string): number => [...text].length;

/**
 * Free text such as a memo or a reason: kept as written (NFC), at most `max` characters. Control
 * and bidi characters are kept too; screens and the CLI show them as ‹U+XXXX›, never raw. All but
 * NUL, which SQLite's text functions (and its full-text index) take for the end of the text.
 */
export function freeText(max: number) {
  return storedText
    .refine((text) => characters(text) <= max, { message: inputProblem(say('input.tooLong', { maximum: max })), abort: true })
    .refine((text) => !text.includes('\0'), inputProblem(say('input.nulCharacter')));
}

/** Short text people read as it looks (a handle, a category): no control, bidi or invisible characters, at most `max` characters. */
export function plainText(max: number) {
  return storedText
    .refine((text) => characters(text) <= max, { message: inputProblem(say('input.tooLong', { maximum: max })), abort: true })
    .refine((text) => hiddenCharacterIn(text) === undefined, {
      error: (issue) => inputProblem(say('input.hiddenCharacter', { found: codePointLabel(hiddenCharacterIn(String(issue.input)) ?? '') })),
      abort: true,
    });
}

/**
 * A name people pick things by (an account, a fund): plain text, not empty, and not a bare number,
 * which would shadow an account or fund number on the command line.
 */
export function nameText(max: number, emptyMessage: Message) {
  return plainText(max)
    .transform(nameSpacing)
    .refine((text) => text.length > 0, { message: inputProblem(emptyMessage), abort: true })
    .refine((text) => !/^\p{M}/u.test(text), { message: inputProblem(say('input.nameStartsWithMark')), abort: true })
    .refine((text) => !looksLikeNumber(text), inputProblem(say('input.nameIsNumber')));
}

/** A sum of money in one currency; totals are always grouped by currency. */
export const moneySchema = z.object({ currency: z.string(), amount: totalMinorUnits });
export type Money = z.infer<typeof moneySchema>;

/** Money in, money out and adjustments (signed), by the one rule in docs/ledger-format.md ("Money in and money out"). */
export const flowSchema = z.object({ currency: z.string(), moneyIn: totalMinorUnits, moneyOut: totalMinorUnits, adjusted: totalMinorUnits });
export type Flow = z.infer<typeof flowSchema>;

/** A name an account or fund had before a rename, and the day it stopped having it. */
export const formerNameSchema = z.object({ name: z.string(), until: z.string() });
export type FormerName = z.infer<typeof formerNameSchema>;
