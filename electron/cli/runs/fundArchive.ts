// What `mutual-ledger fund archive` does once its command line is read (its help and flags: ../commands/fundArchive.ts).
import type { CommandContext } from '../command.ts';
import { requiredFlag } from '../flagValues.ts';
import { findFund } from '../ledgerNames.ts';
import { renderArchived } from '../renamedText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'fund', 'fund archive');
  await withUnlockedTreasury(context, async (client) => {
    const fund = await findFund(client, named, '--fund');
    out.show(await client.funds.archive({ fundId: fund.id, archived: values.restore !== true }), (changed) => renderArchived(changed, out.words));
  });
}
