// What `mutual-ledger category rename` does once its command line is read (its help and flags: ../commands/categoryRename.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, operand, out } = context;
  const { shape } = contract.categories.rename.input;
  const name = textFlag(operand ?? '', shape.name, 'NAME');
  const to = textFlag(requiredFlag(values, 'to', 'category rename', 'NEW'), shape.to, '--to');
  await withUnlockedTreasury(context, async (client) => {
    const before = (await client.categories.list({})).find((category) => category.name === name || category.formerNames[0] === name)?.name ?? name;
    out.show(await client.categories.rename({ name, to }), (renamed) => out.words.words('cli.categoryRename.done', { from: before, to: renamed.name }));
  });
}
