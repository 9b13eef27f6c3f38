// What `mutual-ledger category list` does once its command line is read (its help and flags: ../commands/categoryList.ts).
import type { Category } from '../../../shared/contract/index.ts';
import { list } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.categories.list(), (categories) => categories.map((category) => categoryLine(category, out.words)).join('\n'));
  });
}

/** "food"; "diapers (the group’s own)"; "groceries (the group’s own, formerly groceris)". */
function categoryLine(category: Category, words: Translator): string {
  if (category.builtIn) return category.name;
  if (category.formerNames.length === 0) return words.words('cli.categoryList.groupsOwn', { name: category.name });
  return words.words('cli.categoryList.groupsOwnFormerly', { name: category.name, former: list(category.formerNames) });
}
