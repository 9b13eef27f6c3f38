// What `mutual-ledger retention show` does once its command line is read (its help and flags: ../commands/retentionShow.ts).
import type { CommandContext } from '../command.ts';
import { renderRetentionOverview } from '../retentionText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.retention.show({}), (overview) => renderRetentionOverview(overview, vaultDir, out.words));
  });
}
