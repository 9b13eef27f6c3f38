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
  accountId: number;
  name: string;
  currency: string;
  /** The entry's net effect on the account: below zero, money leaves it. */
  delta: number;
}

/** Refuses the entry `seq` (written, not yet committed) if it moves money an account's status does not allow. */
export function refuseUnavailableAccounts(db: Ledger, seq: number, kind: string, date: string, now: Date): void {
  const effects = db
    .prepare(
      `SELECT p.account_id AS accountId, a.name, a.currency, SUM(p.delta) AS delta FROM postings p JOIN payment_accounts a ON a.id = p.account_id
        WHERE p.seq = ? GROUP BY p.account_id HAVING SUM(p.delta) <> 0 ORDER BY SUM(p.delta)`,
    )
    .all(seq) as AccountEffect[];
  const isTransfer = kind === 'transfer';
  for (const effect of effects) {
    const status = statusOn(db, effect.accountId, date)?.status ?? 'active';
    if (canPayOut(status)) continue;
    const leaves = effect.delta < 0;
    if (status === 'closed') {
      const writesOff = leaves && (kind === 'fee' || kind === 'adjustment') && accountBalance(db, effect.accountId) >= 0;
      if (!writesOff) throw closedRefusal(effect, date, leaves);
    } else if (leaves && kind !== 'fee') {
      throw frozenRefusal(db, effect, status, date, now);
    } else if (!leaves && isTransfer) {
      throw new TreasuryError('ACCOUNT_UNAVAILABLE', `${effect.name} is ${status} on ${date}: money moved there would be stuck.`);
    }
  }
}

/** Nothing may leave a frozen account; the refusal names the accounts in its currency that could pay instead. */
function frozenRefusal(db: Ledger, effect: AccountEffect, status: AccountStatus, date: string, now: Date): TreasuryError {
  // An account that could pay then and can pay now: a backdated refusal never offers one closed since.
  const alternatives = allAccounts(db, now).filter(
    (other) => other.id !== effect.accountId && other.currency === effect.currency && canPayOut(other.status) && canPayOut(statusOn(db, other.id, date)?.status ?? 'active'),
  );
  const hints = alternatives.map((other) => `${other.name} (${other.status}, ${formatMoney(other.balance, other.currency)})`);
  const instead =
    hints.length > 0 ? `Accounts that could pay instead: ${hints.join('; ')}.` : `No other ${effect.currency} account is active: add one, or wait for the freeze to lift.`;
  return new TreasuryError(
    'ACCOUNT_UNAVAILABLE',
    `${effect.name} is ${status} on ${date} and cannot pay out ${formatMoney(-effect.delta, effect.currency)}. ${instead}`,
    { hints },
  );
}

function closedRefusal(effect: AccountEffect, date: string, leaves: boolean): TreasuryError {
  return new TreasuryError(
    'ACCOUNT_UNAVAILABLE',
    leaves
      ? `${effect.name} is closed on ${date}: nothing can leave it but a fee or an adjustment out that writes off what the platform kept, and never below zero.`
      : `${effect.name} is closed on ${date}; it cannot take money in. Record the money on an open account; to correct an entry from before the closing, record an adjustment dated before it.`,
  );
}
