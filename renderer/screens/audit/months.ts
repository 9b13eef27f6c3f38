// Months as YYYY-MM, on this laptop's calendar: the choices a summary's period is made of.
import { longestSummaryPeriod } from '../../../shared/contract/index.ts';
import { shiftMonth } from '../../../shared/months.ts';
import { today } from '../../today.ts';

/** The months a period may start or end in, newest first: whole months that have ended, from last month back as far as one summary reaches. */
export function endedMonths(thisMonth: string = today().slice(0, 7)): string[] {
  return Array.from({ length: longestSummaryPeriod }, (_, back) => shiftMonth(thisMonth, -1 - back));
}

/** The period offered first: the last three whole months. */
export function lastThreeMonths(thisMonth: string = today().slice(0, 7)): { from: string; to: string } {
  return { from: shiftMonth(thisMonth, -3), to: shiftMonth(thisMonth, -1) };
}
