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
