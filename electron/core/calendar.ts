import { lightFormat } from 'date-fns/lightFormat';

/** Today's date on this laptop's calendar, YYYY-MM-DD. */
export function calendarDate(moment: Date): string {
  return lightFormat(moment, 'yyyy-MM-dd');
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export { shiftMonth } from '../../shared/months.ts';

/** The YYYY-MM-DD date `by` days after `date` (before it when negative). */
export function shiftDay(date: string, by: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
}
