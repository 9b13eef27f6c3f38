import type { AccountsOverview } from '../../../shared/contract/index.ts';
import type { Message } from '../../../shared/messages/message.ts';

/** The core's warnings but the money stuck in frozen accounts, which the screens show on its own, more prominently. */
export function warningsBesidesStuck(overview: AccountsOverview): Message[] {
  return overview.warnings.filter((warning) => warning.key !== 'accounts.stuckInFrozen');
}

/** An account's share of the group's money in its currency, or null when it holds none. */
export function shareOf(overview: AccountsOverview, accountId: number): number | null {
  return overview.concentration.find((share) => share.accountId === accountId)?.sharePercent ?? null;
}
