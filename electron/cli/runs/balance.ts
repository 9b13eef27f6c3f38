// What `mutual-ledger balance` does once its command line is read (its help and flags: ../commands/balance.ts).
import type { Balances } from '../../../shared/contract/index.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.ledger.balances(), (balances) => renderBalances(balances, out.words));
  });
}

function renderBalances(balances: Balances, words: Translator): string {
  if (balances.accounts.length === 0) return words.words('cli.balance.noAccounts');
  const currencyHeading = words.words('cli.balance.heading.currency');
  const balanceHeading = words.words('cli.balance.heading.balance');
  const accounts = renderTable(balances.accounts, [
    { heading: words.words('cli.balance.heading.account'), cell: (account) => account.name },
    { heading: currencyHeading, cell: (account) => account.currency },
    { heading: balanceHeading, cell: (account) => words.money(account.balance, account.currency), align: 'right' },
  ]);
  const funds = renderTable(balances.funds, [
    { heading: words.words('cli.balance.heading.fund'), cell: (fund) => (fund.restricted ? words.words('cli.balance.restricted', { name: fund.name }) : fund.name) },
    { heading: currencyHeading, cell: (fund) => fund.currency ?? '' },
    { heading: balanceHeading, cell: (fund) => (fund.currency === null ? words.words('cli.balance.fundEmpty') : words.money(fund.balance, fund.currency)), align: 'right' },
  ]);
  const currencies =
    balances.currencies.length === 0
      ? words.words('cli.balance.nothingYet')
      : renderTable(balances.currencies, [
          { heading: currencyHeading, cell: (total) => total.currency },
          { heading: words.words('cli.balance.heading.total'), cell: (total) => words.money(total.amount, total.currency), align: 'right' },
        ]);
  return `${accounts}\n\n${funds}\n\n${currencies}`;
}
