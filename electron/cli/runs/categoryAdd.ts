// What `mutual-ledger category add` does once its command line is read (its help and flags: ../commands/categoryAdd.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const name = textFlag(requiredFlag(values, 'name', 'category add'), contract.categories.add.input.shape.name, '--name');
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    out.show(await client.categories.add({ name }), (category) => `Added the category "${category.name}".`);
  });
}
