// What an entry may do to an account, given the account's status on the entry's date. Checked on
// the entry's own postings (the one place that says which way money goes), so a reversal is held
// to the same rules as the entry with the same effect:
//   active, limited  anything;
//   frozen           nothing leaves by the group's hand (disbursements, transfers, adjustments out,
//                    reversals that take money back out); money may come in, but not by transfer,
//                    where it would be stuck; a platform's fee is recorded as it happens;
//   closed           nothing comes in and nothing leaves, except a fee or an adjustment out that
//                    writes off what the platform kept at closing, never taking the balance below zero.
import type { AccountStatus } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { accountBalance } from '../ledger/balances.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { canPayOut, statusOn } from './accountStatus.ts';
import { allAccounts } from './paymentAccounts.ts';

interface AccountEffect {
  /** The entry. */
  seq: number;
  kind: string;
  date: string;
  accountId: number;
  name: string;
  currency: string;
  /** The entry's net effect on the account: below zero, money leaves it. */
  delta: number;
}

/** Entries `first` to `last`, numbered as in the ledger (`last` defaults to `first`). */
export interface EntryRange {
  first: number;
  last?: number;
}

/**
 * Refuses the entries in `range` (written, not yet committed) if one moves money an account's status
 * does not allow. Only accounts that have ever had a status change can be anything but active, so a
 * batch that touches none of them costs one query.
 */
export function refuseUnavailableAccounts(db: Ledger, range: EntryRange, now: Date): void {
  const effects = db
    .prepare(
      `SELECT p.seq, e.kind, e.entry_date AS date, p.account_id AS accountId, a.name, a.currency, SUM(p.delta) AS delta
         FROM postings p JOIN entries e ON e.seq = p.seq JOIN payment_accounts a ON a.id = p.account_id
        WHERE p.seq BETWEEN ? AND ? AND p.account_id IN (SELECT account_id FROM account_status_changes)
        GROUP BY p.seq, p.account_id HAVING SUM(p.delta) <> 0 ORDER BY p.seq, SUM(p.delta)`,
    )
    .all(range.first, range.last ?? range.first) as AccountEffect[];
  for (const effect of effects) {
    const status = statusOn(db, effect.accountId, effect.date)?.status ?? 'active';
    if (canPayOut(status)) continue;
    const leaves = effect.delta < 0;
    const isTransfer = effect.kind === 'transfer';
    if (status === 'closed') {
      const writesOff = leaves && (effect.kind === 'fee' || effect.kind === 'adjustment') && balanceAfter(db, effect, effects) >= 0;
      if (!writesOff) throw closedRefusal(effect, leaves);
    } else if (leaves && effect.kind !== 'fee') {
      throw frozenRefusal(db, effect, status, now);
    } else if (!leaves && isTransfer) {
      throw new TreasuryError('ACCOUNT_UNAVAILABLE', `${effect.name} is ${status} on ${effect.date}: money moved there would be stuck.`);
    }
  }
}

/** The account's balance once `effect`'s entry is written: today's, less what later entries of the same batch did to it. */
function balanceAfter(db: Ledger, effect: AccountEffect, batch: AccountEffect[]): number {
  const later = batch.filter((other) => other.accountId === effect.accountId && other.seq > effect.seq).reduce((sum, other) => sum + other.delta, 0);
  return accountBalance(db, effect.accountId) - later;
}

/** Nothing may leave a frozen account; the refusal names the accounts in its currency that could pay instead. */
function frozenRefusal(db: Ledger, effect: AccountEffect, status: AccountStatus, now: Date): TreasuryError {
  // An account that could pay then and can pay now: a backdated refusal never offers one closed since.
  const alternatives = allAccounts(db, now).filter(
    (other) => other.id !== effect.accountId && other.currency === effect.currency && canPayOut(other.status) && canPayOut(statusOn(db, other.id, effect.date)?.status ?? 'active'),
  );
  const hints = alternatives.map((other) => `${other.name} (${other.status}, ${formatMoney(other.balance, other.currency)})`);
  const instead = hints.length > 0 ? `Accounts that could pay instead: ${hints.join('; ')}.` : `No other ${effect.currency} account is active: add one, or wait for the freeze to lift.`;
  return new TreasuryError('ACCOUNT_UNAVAILABLE', `${effect.name} is ${status} on ${effect.date} and cannot pay out ${formatMoney(-effect.delta, effect.currency)}. ${instead}`, { hints });
}

function closedRefusal(effect: AccountEffect, leaves: boolean): TreasuryError {
  return new TreasuryError(
    'ACCOUNT_UNAVAILABLE',
    leaves
      ? `${effect.name} is closed on ${effect.date}: nothing can leave it but a fee or an adjustment out that writes off what the platform kept, and never below zero.`
      : `${effect.name} is closed on ${effect.date}; it cannot take money in. Record the money on an open account; to correct an entry from before the closing, record an adjustment dated before it.`,
  );
}
