// What `mutual-ledger category add` does once its command line is read (its help and flags: ../commands/categoryAdd.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const name = textFlag(requiredFlag(values, 'name', 'category add'), contract.categories.add.input.shape.name, '--name');
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.categories.add({ name }), (category) => out.words.words('cli.categoryAdd.added', { name: category.name }));
  });
}
