import type { AccountsOverview } from '../../../shared/contract/index.ts';

/** One sentence per account holding more of a currency than the group's threshold. */
export function concentrationWarnings(overview: AccountsOverview): string[] {
  const threshold = overview.concentrationThresholdPercent;
  return overview.concentration
    .filter((share) => share.sharePercent > threshold)
    .map((share) => {
      const name = overview.accounts.find((account) => account.id === share.accountId)?.name ?? 'one account';
      return `${Math.round(share.sharePercent)}% of the group’s ${share.currency} is in ${name}, more than the ${threshold}% the group set. A freeze there would stop most payouts: consider moving some to another account.`;
    });
}

/** An account's share of the group's money in its currency, or null when it holds none. */
export function shareOf(overview: AccountsOverview, accountId: number): number | null {
  return overview.concentration.find((share) => share.accountId === accountId)?.sharePercent ?? null;
}
