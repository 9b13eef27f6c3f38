import { lightFormat } from 'date-fns/lightFormat';

/** Today's date on this laptop's calendar, YYYY-MM-DD. */
export function calendarDate(moment: Date): string {
  return lightFormat(moment, 'yyyy-MM-dd');
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
