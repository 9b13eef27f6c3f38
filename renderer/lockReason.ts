import { format, parseISO } from 'date-fns';
import type { LockReason, VaultStatus } from '../shared/contract/index.ts';

const why: Record<Exclude<LockReason, 'manual'>, string> = {
  idle: 'because the app was not used for a while',
  suspend: 'when the laptop went to sleep',
  'screen-lock': 'when the screen was locked',
  shutdown: 'when the app was closed',
};

/** Why and when the vault last locked, in a sentence ("Locked at 14:32 because the app was not used for a while."). */
export function describeLastLock(lastLock: VaultStatus['lastLock']): string | null {
  if (lastLock === null) return null;
  const at = parseISO(lastLock.at);
  const when = Number.isNaN(at.getTime()) ? '' : ` at ${format(at, 'HH:mm')}`;
  if (lastLock.reason === 'manual') return `You locked the vault${when}.`;
  return `Locked${when} ${why[lastLock.reason]}.`;
}
