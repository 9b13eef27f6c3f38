// How many figures of an auditor's summary are hidden: the CLI and the screens say it alike.
import type { SummaryMonth } from './contract/index.ts';

/** How many figures the months hide: every `{ hidden: true }` in them, however deep. */
export function hiddenFigures(months: readonly SummaryMonth[]): number {
  const count = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + count(item), 0);
    if (value === null || typeof value !== 'object') return 0;
    if ((value as { hidden?: unknown }).hidden === true) return 1;
    return Object.values(value).reduce((sum: number, item) => sum + count(item), 0);
  };
  return count(months);
}
