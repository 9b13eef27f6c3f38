import { format, parseISO, subDays, subMonths, subYears } from 'date-fns';
import { ageParts } from '../../../shared/contract/index.ts';

const back = { d: subDays, m: subMonths, y: subYears } as const;

/**
 * The day before which something of this age is due, counted back from `today` on the calendar
 * (12m before 2026-03-31 is 2025-03-31; a month that lacks the day takes its last: 2026-02-28).
 * Null for `never`. Ages are as the contract checks them: `90d`, `12m`, `2y`.
 */
export function dueBefore(age: string, today: string): string | null {
  const parts = ageParts(age);
  return parts === null ? null : format(back[parts.unit](parseISO(today), parts.count), 'yyyy-MM-dd');
}
