// What the treasurer should know about an entry the rules let through: money recorded on an account
// that is frozen or closed now. A payout dated before the freeze is lawful (it happened before), and
// money may still come into a frozen account (a gift, a payout reversed), where it is stuck; either is
// recorded with a notice saying so, never silently.
import { day, money, say, type Message } from '../../../shared/messages/message.ts';
import { statusWords } from '../../../shared/messages/ledgerWords.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { canPayOut, latestStatus } from './accountStatus.ts';

interface AccountEffect {
  accountId: number;
  name: string;
  currency: string;
  date: string;
  delta: number;
}

/** The notices for entry `seq`, just written: one per account it moves money on that cannot pay today. */
export function entryNotices(db: Ledger, seq: number): Message[] {
  const effects = db
    .prepare(
      `SELECT p.account_id AS accountId, a.name, a.currency, e.entry_date AS date, SUM(p.delta) AS delta
         FROM postings p JOIN entries e ON e.seq = p.seq JOIN payment_accounts a ON a.id = p.account_id
        WHERE p.seq = ? GROUP BY p.account_id HAVING SUM(p.delta) <> 0 ORDER BY p.account_id`,
    )
    .all(seq) as AccountEffect[];
  return effects.flatMap((effect): Message[] => {
    const status = latestStatus(db, effect.accountId);
    if (status === undefined || canPayOut(status.status)) return [];
    const words = { account: effect.name, status: statusWords[status.status] };
    if (effect.date < status.effective_date) return [say('accounts.datedBeforeStatus', { ...words, since: day(status.effective_date), date: day(effect.date) })];
    return effect.delta > 0 ? [say('accounts.movedIntoStuck', { ...words, amount: money(effect.delta, effect.currency) })] : [];
  });
}
