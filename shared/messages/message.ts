// What the core and the CLI say, as data: a key into the catalogues with typed parameters, never a
// sentence. The screens and the CLI turn it into words in the reader's language (translator.ts).
import type { english } from './catalogues.ts';
import type { ArgumentsOf } from './messageArguments.ts';

export type MessageKey = keyof typeof english;

/** An amount of money: minor units (cents) in one currency, shown in the locale's way ("$1,200.50", "1200,50 US$"). */
export interface MoneyParam {
  readonly minor: number;
  readonly currency: string;
}

/** A calendar date, YYYY-MM-DD, shown in the locale's words ("3 Mar 2025", "3 mar 2025"). */
export interface DayParam {
  readonly day: string;
}

/** Several values read as one list ("A, B and C", "A, B y C"). */
export interface ListParam {
  readonly list: readonly Param[];
}

/** A value a message shows: text as written, a number, money, a day, a list, or another message. */
export type Param = string | number | MoneyParam | DayParam | ListParam | Message;

export type ParamsOf<K extends MessageKey> = ArgumentsOf<(typeof english)[K]>;

/** One message: which words, and the values they show. */
export interface Message<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params?: ParamsOf<K>;
}

type ParamsArgument<K extends MessageKey> = keyof ParamsOf<K> extends never ? [] : [params: ParamsOf<K>];

/** A message with exactly the parameters its words use: say('fund.notFound', { id: 7 }). */
export function say<K extends MessageKey>(key: K, ...params: ParamsArgument<K>): Message<K> {
  return params.length === 0 ? { key } : { key, params: params[0] };
}

export function money(minor: number, currency: string): MoneyParam {
  return { minor, currency };
}

export function day(isoDate: string): DayParam {
  return { day: isoDate };
}

export function list(items: readonly Param[]): ListParam {
  return { list: items };
}
