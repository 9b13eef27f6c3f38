// What `mutual-ledger fund list` does once its command line is read (its help and flags: ../commands/fundList.ts).
import type { Fund } from '../../../shared/contract/index.ts';
import { sumByCurrency } from '../../../shared/sumByCurrency.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.funds.list(), (funds) => renderFunds(funds, out.words));
  });
}

function renderFunds(funds: Fund[], words: Translator): string {
  const foot = sumByCurrency(funds.flatMap((fund) => fund.balances)).map((total) => ['', words.words('cli.onHand.total'), '', words.money(total.amount, total.currency)]);
  return renderTable<Fund>(
    funds,
    [
      { heading: '#', cell: (fund) => String(fund.id), align: 'right' },
      { heading: words.words('cli.fundList.heading.name'), cell: (fund) => (fund.archived ? words.words('cli.fundList.archived', { name: fund.name }) : fund.name) },
      { heading: words.words('cli.fundList.heading.restricted'), cell: (fund) => words.words(fund.restricted ? 'cli.fundList.yes' : 'cli.fundList.no') },
      {
        heading: words.words('cli.fundList.heading.balance'),
        cell: (fund) => (fund.balances.length === 0 ? words.words('cli.balance.fundEmpty') : fund.balances.map((held) => words.money(held.amount, held.currency)).join(', ')),
      },
      { heading: words.words('cli.fundList.heading.purpose'), cell: (fund) => fund.purpose ?? '' },
    ],
    foot,
  );
}
