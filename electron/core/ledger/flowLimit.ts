import { TreasuryError } from '../../../shared/errors.ts';
import { money, say } from '../../../shared/messages/message.ts';
import { largestTotal } from '../../../shared/money.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/**
 * Refuses an entry that takes the money ever moved in a currency (in and out alike) past the
 * largest total: every balance and every total a filter can ask for is at most that flow, so while
 * it holds they are all exact, and no command can be left failing on a sum it cannot represent.
 */
export function refuseFlowPastLimit(db: Ledger, currency: string): void {
  const { flow } = db.prepare('SELECT COALESCE(SUM(gross), 0) AS flow FROM monthly_totals WHERE currency = ?').get(currency) as { flow: number };
  if (flow > largestTotal) {
    throw new TreasuryError('TOTAL_TOO_LARGE', say('ledger.flowTooLarge', { currency, largest: money(largestTotal, currency) }));
  }
}
