// What `mutual-ledger fund rename` does once its command line is read (its help and flags: ../commands/fundRename.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { findFund } from '../ledgerNames.ts';
import { renderRenamed } from '../renamedText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'fund', 'fund rename');
  const name = textFlag(requiredFlag(values, 'name', 'fund rename'), contract.funds.rename.input.shape.name, '--name');
  await withUnlockedTreasury(context, async (client) => {
    const fund = await findFund(client, named, '--fund');
    out.show(await client.funds.rename({ fundId: fund.id, name }), (renamed) => renderRenamed(fund.name, renamed, out.words));
  });
}
