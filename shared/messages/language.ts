// The languages the app speaks, and how the CLI finds the reader's from the environment.

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/** Each language in its own words, for the chooser: a reader finds their language without reading the other. */
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

/** The tag Intl and date formats use for each language. */
export const localeOf: Record<Language, string> = { en: 'en-US', es: 'es' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language a locale names ("es_MX.UTF-8", "es-419", "en-GB"), or undefined for "C", "POSIX" and languages the app does not speak. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const language = locale?.split(/[-_.@]/)[0]?.toLowerCase();
  return isLanguage(language) ? language : undefined;
}

/**
 * The language of the messages, as POSIX decides it: LC_ALL, then LC_MESSAGES, then LANG; the first
 * one set (not empty) wins, even when it names a language the app does not speak (then English).
 */
export function languageOfEnvironment(environment: Readonly<Record<string, string | undefined>>): Language {
  const locale = [environment.LC_ALL, environment.LC_MESSAGES, environment.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(locale) ?? 'en';
}
