import { z } from 'zod';

/** A calendar date as the treasurer means it, YYYY-MM-DD, with no time zone to drift. */
export const isoDate = z.iso.date({ message: 'Write the date as YYYY-MM-DD.' });
/** An amount in minor units (cents): a whole number, never a float. */
export const minorUnits = z.number().int('Amounts are whole numbers of cents.').refine(Number.isSafeInteger, 'That amount is too large.');
export const positiveMinorUnits = minorUnits.refine((value) => value > 0, 'The amount must be more than zero.');
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.');
export const id = z.number().int().positive();

/** A sum of money in one currency; totals are always grouped by currency. */
export const moneySchema = z.object({ currency: z.string(), amount: minorUnits });
export type Money = z.infer<typeof moneySchema>;

export const flowSchema = z.object({ currency: z.string(), moneyIn: minorUnits, moneyOut: minorUnits });
export type Flow = z.infer<typeof flowSchema>;
