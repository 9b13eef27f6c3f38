// What `mutual-ledger rule remove ID` does once its command line is read (its help and flags: ../commands/ruleRemove.ts).
import type { CommandContext } from '../command.ts';
import { entryNumber } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { operand, out } = context;
  const id = entryNumber(operand ?? '', 'ID');
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.rules.remove({ id }), ({ removed }) => out.words.words('importCli.rule.removed', { id: removed.id, contains: removed.contains }));
  });
}
