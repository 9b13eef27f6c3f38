import { format, parseISO } from 'date-fns';

/** The day a stored moment (an ISO timestamp) falls on by this laptop's calendar, YYYY-MM-DD. */
export function localDay(moment: string): string {
  const parsed = parseISO(moment);
  return Number.isNaN(parsed.getTime()) ? moment.slice(0, 10) : format(parsed, 'yyyy-MM-dd');
}
