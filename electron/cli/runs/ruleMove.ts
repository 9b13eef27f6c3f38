// What `mutual-ledger rule move ID --position N` does once its command line is read (its help and flags: ../commands/ruleMove.ts).
import type { CommandContext } from '../command.ts';
import { countFlag, entryNumber, requiredFlag } from '../flagValues.ts';
import { renderRules } from '../ruleText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { operand, values, out } = context;
  const id = entryNumber(operand ?? '', 'ID');
  const position = countFlag(requiredFlag(values, 'position', 'rule move'), '--position', 1, 1_000_000);
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.rules.move({ id, position }), (rules) => renderRules(rules, out.words));
  });
}
