// What `mutual-ledger mapping remove NAME` does once its command line is read (its help and flags: ../commands/mappingRemove.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { operand, out } = context;
  const name = textFlag(operand ?? '', contract.mappings.remove.input.shape.name, 'NAME');
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.mappings.remove({ name }), ({ removed }) => out.words.words('importCli.mapping.removed', { name: removed.name }));
  });
}
