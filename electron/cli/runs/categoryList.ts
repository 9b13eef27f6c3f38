// What `mutual-ledger category list` does once its command line is read (its help and flags: ../commands/categoryList.ts).
import type { CommandContext } from '../command.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    out.show(await client.categories.list(), (categories) => categories.map((category) => (category.builtIn ? category.name : `${category.name} (the group's own)`)).join('\n'));
  });
}
