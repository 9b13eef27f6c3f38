import type { Fund } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { money } from '../entryText.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

/** `mutual-ledger fund list`: every fund and what it holds. */
export const fundList: Command = {
  name: 'fund list',
  summary: 'Every fund, restricted or not, with its balance per currency.',
  description: `The general fund comes first. --json prints the funds (funds.list):
[{"id","name","restricted","purpose","balances":[{"currency","amount"}]}];
amounts are whole minor units (cents).`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      out.show(await client.funds.list(), renderFunds);
    });
  },
};

function renderFunds(funds: Fund[]): string {
  return renderTable(funds, [
    { heading: '#', cell: (fund) => String(fund.id), align: 'right' },
    { heading: 'NAME', cell: (fund) => fund.name },
    { heading: 'RESTRICTED', cell: (fund) => (fund.restricted ? 'yes' : 'no') },
    { heading: 'BALANCE', cell: (fund) => (fund.balances.length === 0 ? 'nothing yet' : fund.balances.map((held) => money(held.amount, held.currency)).join(', ')) },
    { heading: 'PURPOSE', cell: (fund) => fund.purpose ?? '' },
  ]);
}
