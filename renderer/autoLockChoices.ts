/** The idle times offered for auto-lock, in minutes: short enough to matter, long enough to work in. */
export const autoLockMinutes = [1, 2, 5, 10, 15, 30, 60] as const;

/** An auto-lock time in words ("5 minutes", "1 hour", "10 seconds"). */
export function describeAutoLock(seconds: number): string {
  if (seconds % 3600 === 0) return plural(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return plural(seconds, 'second');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
