import type { Balances } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { money } from '../entryText.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

/** `mutual-ledger balance`: what the group holds, per account, per fund and per currency. */
export const balance: Command = {
  name: 'balance',
  summary: 'Balances per account, per fund and per currency.',
  description: `Every balance is added up from the entries, through monthly totals the ledger
keeps beside them in the same transaction as each entry (verify recomputes them).
A fund that holds money in two currencies shows one line for each; a fund that
holds nothing yet shows "nothing yet" (in --json, "currency": null, "balance": 0).

--json prints the balances (ledger.balances): {"accounts","funds","currencies"};
amounts are whole minor units (cents).`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      out.show(await client.ledger.balances(), renderBalances);
    });
  },
};

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
