// What `mutual-ledger rule add` does once its command line is read (its help and flags: ../commands/ruleAdd.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { choiceFlag, countFlag, requiredFlag, textFlag } from '../flagValues.ts';
import { renderRules } from '../ruleText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const { shape } = contract.rules.add.input;
  const contains = textFlag(requiredFlag(values, 'contains', 'rule add'), shape.contains, '--contains');
  const category = textFlag(requiredFlag(values, 'category', 'rule add'), shape.category, '--category');
  const direction = values.direction === undefined ? undefined : choiceFlag(values.direction, ['in', 'out'] as const, '--direction');
  const position = values.position === undefined ? undefined : countFlag(values.position, '--position', 1, 1_000_000);
  await withUnlockedTreasury(context, async (client) => {
    const rule = await client.rules.add({ contains, category, ...(direction === undefined ? {} : { direction }), ...(position === undefined ? {} : { position }) });
    out.show(rule, (added) => [out.words.words('importCli.rule.added', { id: added.id }), renderRules([added], out.words)].join('\n\n'));
  });
}
