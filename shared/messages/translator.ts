// Turns messages into words in one language: ICU messages (FormatJS's intl-messageformat: plural
// rules, select, the locale's numbers), with money, days and lists formatted the locale's way.
import { IntlMessageFormat } from 'intl-messageformat';
import { formatMoney } from '../money.ts';
import { english, spanish } from './catalogues.ts';
import { formatDay } from './dates.ts';
import { localeOf, type Language } from './language.ts';
import type { Message, MessageKey, Param, ParamsOf } from './message.ts';

const catalogues: Record<Language, Record<MessageKey, string>> = { en: english, es: spanish };

export interface Translator {
  readonly language: Language;
  /** The message in words. */
  say(message: Message): string;
  /** A message named directly: words('ledger.entryCount', { count: 3 }). */
  words<K extends MessageKey>(key: K, ...params: keyof ParamsOf<K> extends never ? [] : [params: ParamsOf<K>]): string;
  /** Minor units as the locale writes money ("$1,200.50", "1200,50 US$"). */
  money(minor: number, currency: string): string;
  /** The same with its sign, "+$10.00" or "-$5.00": a difference, or a change. */
  signedMoney(minor: number, currency: string): string;
  /** A whole number as the locale writes it ("12,000", "12.000"). */
  number(value: number): string;
}

// Our locales are known to Intl: IntlMessageFormat need not ask (its check loads ICU's number data).
IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(typeof locales === 'string' ? locales : (locales[0] ?? 'en'));

const translators = new Map<Language, Translator>();

/** The one translator for a language (its parsed messages are kept, so each is parsed once). */
export function translatorFor(language: Language): Translator {
  const known = translators.get(language);
  if (known !== undefined) return known;
  const translator = createTranslator(language);
  translators.set(language, translator);
  return translator;
}

function createTranslator(language: Language): Translator {
  const locale = localeOf[language];
  const formats = new Map<MessageKey, IntlMessageFormat>();
  // Made on first use: the first Intl number or list format loads ICU data (15 to 30 ms), which a CLI's --help does without.
  let numbers: Intl.NumberFormat | undefined;
  let lists: Intl.ListFormat | undefined;

  const formatFor = (key: MessageKey): IntlMessageFormat => {
    let found = formats.get(key);
    if (found === undefined) {
      // ignoreTag: "<" in a message is text, never markup.
      found = new IntlMessageFormat(catalogues[language][key], locale, undefined, { ignoreTag: true });
      formats.set(key, found);
    }
    return found;
  };

  const value = (param: Param): string | number => {
    if (typeof param === 'string' || typeof param === 'number') return param;
    if ('key' in param) return say(param);
    if ('minor' in param) return formatMoney(param.minor, param.currency, locale);
    if ('day' in param) return formatDay(param.day, language);
    return (lists ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(param.list.map((item) => String(value(item))));
  };

  const say = (message: Message): string => {
    const params = (message.params ?? {}) as Record<string, Param>;
    const values = Object.fromEntries(Object.entries(params).map(([name, param]) => [name, value(param)]));
    return String(formatFor(message.key).format(values));
  };

  return {
    language,
    say,
    words: (key, ...params) => say({ key, params: params[0] } as Message),
    money: (minor, currency) => formatMoney(minor, currency, locale),
    signedMoney: (minor, currency) => `${minor > 0 ? '+' : ''}${formatMoney(minor, currency, locale)}`,
    number: (figure) => (numbers ??= new Intl.NumberFormat(locale)).format(figure),
  };
}
