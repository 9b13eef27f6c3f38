// Dates as each language writes them, with the month in words so that no reader takes 3/4 for 4 March
// or 3 April. A stored value that cannot be read is shown as it is.
import { format, parseISO } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import type { Language } from './language.ts';

const patterns: Record<Language, { dateTime: string; shortDateTime: string; day: string; month: string; shortMonth: string }> = {
  en: { dateTime: "d MMMM yyyy 'at' HH:mm", shortDateTime: 'd MMM yyyy, HH:mm', day: 'd MMM yyyy', month: 'MMMM yyyy', shortMonth: 'MMM yy' },
  es: { dateTime: "d 'de' MMMM 'de' yyyy, HH:mm", shortDateTime: 'd MMM yyyy, HH:mm', day: 'd MMM yyyy', month: "MMMM 'de' yyyy", shortMonth: 'MMM yy' },
};
const locales = { en: enUS, es };

function written(text: string, pattern: string, language: Language): string {
  const date = parseISO(text);
  return Number.isNaN(date.getTime()) ? text : format(date, pattern, { locale: locales[language] });
}

/** A stored ISO timestamp in words ("3 March 2025 at 14:05", "3 de marzo de 2025, 14:05"). */
export function formatDateTime(iso: string, language: Language): string {
  return written(iso, patterns[language].dateTime, language);
}

/** The short form for tables ("3 Mar 2025, 14:05"). */
export function formatShortDateTime(iso: string, language: Language): string {
  return written(iso, patterns[language].shortDateTime, language);
}

/** A calendar date (YYYY-MM-DD) ("3 Mar 2025", "3 mar 2025"). */
export function formatDay(isoDate: string, language: Language): string {
  return written(isoDate, patterns[language].day, language);
}

/** A month (YYYY-MM) in words ("March 2025", "marzo de 2025"), or short for a chart axis ("Mar 25"). */
export function formatMonth(month: string, language: Language, style: 'long' | 'short' = 'long'): string {
  return written(`${month}-01`, style === 'long' ? patterns[language].month : patterns[language].shortMonth, language);
}
