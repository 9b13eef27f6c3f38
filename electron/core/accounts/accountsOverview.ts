import type { AccountsOverview, Money, PaymentAccount } from '../../../shared/contract/index.ts';
import { money, say } from '../../../shared/messages/message.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { allAccounts } from './paymentAccounts.ts';

/** The accounts screen's facts: every account, money stuck in frozen ones, and how concentrated the money is. */
export function accountsOverview(db: Ledger, now: Date): AccountsOverview {
  const accounts = allAccounts(db, now);
  const threshold = (db.prepare('SELECT concentration_threshold_percent AS percent FROM vault_settings WHERE id = 1').get() as { percent: number }).percent;
  const concentration = concentrationOf(accounts);
  const stuckInFrozen = sumByCurrency(accounts.filter((account) => account.status === 'frozen').map((account) => ({ currency: account.currency, amount: account.balance })));
  const warnings = [
    ...accounts.flatMap((account) =>
      concentration
        .filter((share) => share.accountId === account.id && share.sharePercent > threshold)
        .map((share) => say('accounts.concentrated', { share: Math.round(share.sharePercent) / 100, currency: share.currency, account: account.name, threshold: threshold / 100 })),
    ),
    ...stuckInFrozen.filter((stuck) => stuck.amount > 0).map((stuck) => say('accounts.stuckInFrozen', { amount: money(stuck.amount, stuck.currency) })),
  ];
  return { accounts, stuckInFrozen, concentration, concentrationThresholdPercent: threshold, warnings };
}

export function setConcentrationThreshold(db: Ledger, percent: number): void {
  db.prepare('UPDATE vault_settings SET concentration_threshold_percent = ? WHERE id = 1').run(percent);
}

/** Each open account's share of the positive balances in its currency. */
function concentrationOf(accounts: PaymentAccount[]): AccountsOverview['concentration'] {
  const holding = accounts.filter((account) => account.status !== 'closed' && account.balance > 0);
  const totals = sumByCurrency(holding.map((account) => ({ currency: account.currency, amount: account.balance })));
  return holding.map((account) => {
    const total = totals.find((money) => money.currency === account.currency)?.amount ?? 0;
    return { accountId: account.id, currency: account.currency, sharePercent: total === 0 ? 0 : (account.balance / total) * 100 };
  });
}

/** Adds up amounts per currency, in currency order. */
export function sumByCurrency(amounts: Money[]): Money[] {
  const totals = new Map<string, number>();
  amounts.forEach(({ currency, amount }) => totals.set(currency, (totals.get(currency) ?? 0) + amount));
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}
