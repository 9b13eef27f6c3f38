import { format, parseISO } from 'date-fns';
import type { LockReason, VaultStatus } from '../shared/contract/index.ts';
import { say, type Message } from '../shared/messages/message.ts';

/** Each reason as the messages' select names it (an ICU selector holds no dash). */
const reasonWord: Record<LockReason, string> = { manual: 'manual', idle: 'idle', suspend: 'suspend', 'screen-lock': 'screenLock', shutdown: 'shutdown' };

/** Why and when the vault last locked ("Locked at 14:32 because the app was not used for a while."). */
export function describeLastLock(lastLock: VaultStatus['lastLock']): Message | null {
  if (lastLock === null) return null;
  const at = parseISO(lastLock.at);
  const reason = reasonWord[lastLock.reason];
  if (Number.isNaN(at.getTime())) return say('unlock.lastLock', { reason });
  // A 24-hour clock reads the same in both languages.
  return say('unlock.lastLockAt', { reason, time: format(at, 'HH:mm') });
}
