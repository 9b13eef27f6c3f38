// What `mutual-ledger balance` does once its command line is read (its help and flags: ../commands/balance.ts).
import type { Balances } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { money } from '../entryText.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    out.show(await client.ledger.balances(), renderBalances);
  });
}

function renderBalances(balances: Balances): string {
  if (balances.accounts.length === 0) return 'No payment accounts yet, so no money to count.';
  const accounts = renderTable(balances.accounts, [
    { heading: 'ACCOUNT', cell: (account) => account.name },
    { heading: 'CUR', cell: (account) => account.currency },
    { heading: 'BALANCE', cell: (account) => money(account.balance, account.currency), align: 'right' },
  ]);
  const funds = renderTable(balances.funds, [
    { heading: 'FUND', cell: (fund) => (fund.restricted ? `${fund.name} (restricted)` : fund.name) },
    { heading: 'CUR', cell: (fund) => fund.currency ?? '' },
    { heading: 'BALANCE', cell: (fund) => (fund.currency === null ? 'nothing yet' : money(fund.balance, fund.currency)), align: 'right' },
  ]);
  const currencies =
    balances.currencies.length === 0
      ? 'Nothing yet.'
      : renderTable(balances.currencies, [
          { heading: 'CUR', cell: (total) => total.currency },
          { heading: 'TOTAL', cell: (total) => money(total.amount, total.currency), align: 'right' },
        ]);
  return `${accounts}\n\n${funds}\n\n${currencies}`;
}
