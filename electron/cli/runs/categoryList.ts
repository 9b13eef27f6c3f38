// What `mutual-ledger category list` does once its command line is read (its help and flags: ../commands/categoryList.ts).
import type { CommandContext } from '../command.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.categories.list(), (categories) =>
      categories.map((category) => (category.builtIn ? category.name : out.words.words('cli.categoryList.groupsOwn', { name: category.name }))).join('\n'),
    );
  });
}
