// What `mutual-ledger fund list` does once its command line is read (its help and flags: ../commands/fundList.ts).
import type { Fund } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { money } from '../entryText.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    out.show(await client.funds.list(), renderFunds);
  });
}

function renderFunds(funds: Fund[]): string {
  return renderTable(funds, [
    { heading: '#', cell: (fund) => String(fund.id), align: 'right' },
    { heading: 'NAME', cell: (fund) => fund.name },
    { heading: 'RESTRICTED', cell: (fund) => (fund.restricted ? 'yes' : 'no') },
    { heading: 'BALANCE', cell: (fund) => (fund.balances.length === 0 ? 'nothing yet' : fund.balances.map((held) => money(held.amount, held.currency)).join(', ')) },
    { heading: 'PURPOSE', cell: (fund) => fund.purpose ?? '' },
  ]);
}
