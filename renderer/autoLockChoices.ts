import { say, type Message } from '../shared/messages/message.ts';

/** The idle times offered for auto-lock, in minutes: short enough to matter, long enough to work in. */
export const autoLockMinutes = [1, 2, 5, 10, 15, 30, 60] as const;

/** An auto-lock time in words ("5 minutes", "1 hour", "10 seconds"). */
export function describeAutoLock(seconds: number): Message {
  if (seconds % 3600 === 0) return say('vaultScreen.autoLock.hours', { count: seconds / 3600 });
  if (seconds % 60 === 0) return say('vaultScreen.autoLock.minutes', { count: seconds / 60 });
  return say('vaultScreen.autoLock.seconds', { count: seconds });
}
