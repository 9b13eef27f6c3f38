// What `mutual-ledger hold status` does once its command line is read (its help and flags: ../commands/holdStatus.ts).
import type { CommandContext } from '../command.ts';
import { renderHold } from '../retentionText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.hold.status({}), ({ hold }) => renderHold(hold, vaultDir, out.words));
  });
}
