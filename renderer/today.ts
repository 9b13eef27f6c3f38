import { format } from 'date-fns';

/** Today's date on this laptop's calendar, YYYY-MM-DD, as the core dates entries. */
export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
