// Reads the values of a command's flags into what the contract takes (minor units, dates, choices),
// so a value that cannot be read is a usage error naming its flag, before anything is touched.
import type * as z from 'zod';
import { isoDate, isoMonth } from '../../shared/contract/common.ts';
import type { Language } from '../../shared/messages/language.ts';
import { problemOf } from '../../shared/messages/inputProblems.ts';
import { list, say } from '../../shared/messages/message.ts';
import { parseAmount, parseStatementBalance, type ParsedAmount } from '../../shared/money.ts';
import { calendarDate } from '../core/calendar.ts';
import { usageError } from './cliError.ts';
import type { OptionValues } from './command.ts';
import { optionCatalogue, type OptionName } from './options.ts';

type ValuedOption = { [K in OptionName]: (typeof optionCatalogue)[K]['type'] extends 'string' ? K : never }[OptionName];

/** A flag the command cannot do without; a usage error names it and its value (`valueName`, when the catalogue's does not fit the command: --to NEW). */
export function requiredFlag(values: OptionValues, name: ValuedOption, command: string, valueName?: string): string {
  const value = values[name];
  if (value === undefined || value.trim() === '') {
    const spec = optionCatalogue[name];
    const shown = valueName ?? ('valueName' in spec ? spec.valueName : undefined);
    throw usageError(say('cli.flag.required', { command, flag: `--${name}${shown === undefined ? '' : ` ${shown}`}` }));
  }
  return value;
}

/** One of a fixed set of words, such as an account kind or a status. */
export function choiceFlag<T extends string>(value: string, choices: readonly T[], flag: string): T {
  const word = value.trim().toLowerCase();
  const choice = choices.find((candidate) => candidate === word);
  if (choice === undefined) throw usageError(say('cli.flag.notAChoice', { flag, value, choices: choices.join(', ') }));
  return choice;
}

/** A calendar date written YYYY-MM-DD, read by the contract's own rule (so 2026-02-30 "does not exist"). */
export function dateFlag(value: string, flag: string): string {
  const parsed = isoDate.safeParse(value.trim());
  if (parsed.success) return parsed.data;
  // The shape is explained with an example; a well-shaped day the calendar lacks (2026-02-30) is said to be one.
  const doesNotExist = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  throw usageError(doesNotExist ? say('cli.flag.dayDoesNotExist', { flag, value }) : say('cli.flag.dateShape', { flag, value, today: today() }));
}

/** A month as YYYY-MM: the shape is checked here, so that a day given by habit (2026-03-01) is a usage error naming its flag. */
export function monthFlag(value: string, flag: string): string {
  const parsed = isoMonth.safeParse(value.trim());
  if (!parsed.success) throw usageError(say('cli.flag.refused', { flag, problem: say('input.monthFormat') }));
  return parsed.data;
}

/**
 * Free text or a name given as a flag, checked by the contract's schema for that field before
 * anything is unlocked: too long, or holding characters a name cannot, is a bad flag value (exit 2)
 * like any other, with the schema's own message (which says the real limit).
 */
export function textFlag<T>(value: string, schema: z.ZodType<T>, flag: string): Exclude<T, undefined> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw usageError(say('cli.flag.refused', { flag, problem: problemOf(parsed.error) }));
  // A string given to a field's schema (optional or not) reads as that field's value, never as "left out".
  return parsed.data as Exclude<T, undefined>;
}

/** Today on this laptop's calendar, as the core dates things. */
export function today(): string {
  return calendarDate(new Date());
}

/**
 * An amount as a person types it in the reader's language ("1,200.50"; "1.200,50" in Spanish) in
 * minor units of the account's currency, exact. A value that cannot be read is a usage error (exit 2)
 * with parseAmount's reason; it is found only once the account (and so its currency) is known, and
 * nothing is written by then.
 */
export function amountFlag(value: string, currency: string, flag: string, language: Language): number {
  return readMoneyFlag(parseAmount(value, currency, language), value, flag);
}

/** A statement balance, which unlike an amount may be zero or below zero (-12.50); read like amountFlag. */
export function statementBalanceFlag(value: string, currency: string, flag: string, language: Language): number {
  return readMoneyFlag(parseStatementBalance(value, currency, language), value, flag);
}

function readMoneyFlag(parsed: ParsedAmount, value: string, flag: string): number {
  if (!parsed.ok) throw usageError(say('cli.flag.badAmount', { flag, value, reason: parsed.reason }));
  return parsed.minor;
}

/** A whole number from `min` to `max`, such as --limit. */
export function countFlag(value: string, flag: string, min: number, max: number): number {
  const text = value.trim();
  const count = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= min && count <= max)) throw usageError(say('cli.flag.notACount', { flag, value, min, max }));
  return count;
}

/** An entry's number as shown (`12` or `#12`). */
export function entryNumber(value: string, what: string): number {
  const match = /^#?(\d{1,15})$/.exec(value.trim());
  const seq = match?.[1] === undefined ? 0 : Number(match[1]);
  if (!Number.isSafeInteger(seq) || seq < 1) throw usageError(say('cli.flag.notAnEntryNumber', { what, value }));
  return seq;
}

/** Flags that mean nothing without another one; a usage error rather than a silent no-op. */
export function refuseFlagsWithout(values: OptionValues, needed: OptionName, dependents: OptionName[], command: string): void {
  if (values[needed] !== undefined) return;
  const given = dependents.filter((name) => values[name] !== undefined);
  if (given.length > 0) throw usageError(say('cli.flag.onlyWith', { command, flags: list(given.map((name) => `--${name}`)), count: given.length, needed: `--${needed}` }));
}
