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
import { day, money, say } from '../../../shared/messages/message.ts';
import { accountBalance } from '../ledger/balances.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { statusWords } from '../../../shared/messages/ledgerWords.ts';
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
      throw new TreasuryError('ACCOUNT_UNAVAILABLE', say('accounts.wouldBeStuck', { account: effect.name, status: statusWords[status], date: day(effect.date) }));
    }
  }
}

/** The account's balance once `effect`'s entry is written: today's, less what later entries of the same batch did to it. */
function balanceAfter(db: Ledger, effect: AccountEffect, batch: AccountEffect[]): number {
  const later = batch.filter((other) => other.accountId === effect.accountId && other.seq > effect.seq).reduce((sum, other) => sum + other.delta, 0);
  return accountBalance(db, effect.accountId) - later;
}

/**
 * Nothing may leave a frozen account. The reason says only that; the hints are the accounts in its
 * currency that could pay instead and hold enough to, one each; or, when none holds enough, the one
 * that holds most; or the one hint that there is none.
 */
function frozenRefusal(db: Ledger, effect: AccountEffect, status: AccountStatus, now: Date): TreasuryError {
  const amount = -effect.delta;
  // An account that could pay then and can pay now: a backdated refusal never offers one closed since.
  const payers = allAccounts(db, now).filter(
    (other) => other.id !== effect.accountId && other.currency === effect.currency && canPayOut(other.status) && canPayOut(statusOn(db, other.id, effect.date)?.status ?? 'active'),
  );
  const covering = payers.filter((other) => other.balance >= amount);
  const richest = payers.reduce<(typeof payers)[number] | undefined>((most, other) => (most === undefined || other.balance > most.balance ? other : most), undefined);
  const hints =
    covering.length > 0
      ? covering.map((other) => say('accounts.couldPayInstead', { account: other.name, status: statusWords[other.status], balance: money(other.balance, other.currency) }))
      : richest === undefined
        ? [say('accounts.noOtherActive', { currency: effect.currency })]
        : [say('accounts.noneCanCover', { currency: effect.currency, amount: money(amount, effect.currency), most: money(richest.balance, richest.currency), account: richest.name })];
  const reason = say('accounts.cannotPayOut', { account: effect.name, status: statusWords[status], date: day(effect.date), amount: money(amount, effect.currency) });
  return new TreasuryError('ACCOUNT_UNAVAILABLE', reason, { hints });
}

function closedRefusal(effect: AccountEffect, leaves: boolean): TreasuryError {
  const refusal = { account: effect.name, date: day(effect.date) };
  return new TreasuryError('ACCOUNT_UNAVAILABLE', leaves ? say('accounts.closedNothingLeaves', refusal) : say('accounts.closedNothingComesIn', refusal));
}
