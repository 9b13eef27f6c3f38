import { format, parseISO } from 'date-fns';

/** A stored ISO timestamp as people write dates ("3 March 2025 at 14:05"); the raw text if it cannot be read. */
export function formatDateTime(iso: string): string {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, "d MMMM yyyy 'at' HH:mm");
}

/** The short form for tables ("3 Mar 2025, 14:05"). */
export function formatShortDateTime(iso: string): string {
  const date = parseISO(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm');
}

/** A calendar date (YYYY-MM-DD) as people write it ("3 Mar 2025"); the raw text if it cannot be read. */
export function formatDay(isoDate: string): string {
  const date = parseISO(isoDate);
  return Number.isNaN(date.getTime()) ? isoDate : format(date, 'd MMM yyyy');
}

/** A month (YYYY-MM) in words ("March 2025"), or short for a chart axis ("Mar"). */
export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const date = parseISO(`${month}-01`);
  return Number.isNaN(date.getTime()) ? month : format(date, style === 'long' ? 'MMMM yyyy' : 'MMM yy');
}
