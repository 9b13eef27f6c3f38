import type { AccountsOverview, Money, PaymentAccount } from '../../../shared/contract/index.ts';
import { money, say } from '../../../shared/messages/message.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { sumByCurrency } from '../../../shared/sumByCurrency.ts';
import { allAccounts } from './paymentAccounts.ts';

/** The accounts screen's facts: every account, money stuck in frozen ones, and how concentrated the money is. */
export function accountsOverview(db: Ledger, now: Date): AccountsOverview {
  const accounts = allAccounts(db, now);
  const threshold = (db.prepare('SELECT concentration_threshold_percent AS percent FROM vault_settings WHERE id = 1').get() as { percent: number }).percent;
  const concentration = concentrationOf(accounts);
  const stuckInFrozen = heldIn(accounts.filter((account) => account.status === 'frozen'));
  const warnings = [
    ...accounts.flatMap((account) =>
      concentration
        .filter((share) => share.accountId === account.id && share.sharePercent > threshold)
        .map((share) => say('accounts.concentrated', { share: Math.round(share.sharePercent) / 100, currency: share.currency, account: account.name, threshold: threshold / 100 })),
    ),
    ...stuckInFrozen.filter((stuck) => stuck.amount > 0).map((stuck) => say('accounts.stuckInFrozen', { amount: money(stuck.amount, stuck.currency) })),
  ];
  const onHand = heldIn(accounts).map(({ currency, amount }) => ({ currency, amount, inFrozen: stuckInFrozen.find((stuck) => stuck.currency === currency)?.amount ?? 0 }));
  return { accounts, onHand, stuckInFrozen, concentration, concentrationThresholdPercent: threshold, warnings };
}

export function setConcentrationThreshold(db: Ledger, percent: number): void {
  db.prepare('UPDATE vault_settings SET concentration_threshold_percent = ? WHERE id = 1').run(percent);
}

/** Each open account's share of the positive balances in its currency. */
function concentrationOf(accounts: PaymentAccount[]): AccountsOverview['concentration'] {
  const holding = accounts.filter((account) => account.status !== 'closed' && account.balance > 0);
  const totals = heldIn(holding);
  return holding.map((account) => {
    const total = totals.find((money) => money.currency === account.currency)?.amount ?? 0;
    return { accountId: account.id, currency: account.currency, sharePercent: total === 0 ? 0 : (account.balance / total) * 100 };
  });
}

/** What the accounts hold together, per currency. */
function heldIn(accounts: PaymentAccount[]): Money[] {
  return sumByCurrency(accounts.map((account) => ({ currency: account.currency, amount: account.balance })));
}
