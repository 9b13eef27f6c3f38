// What `mutual-ledger rule list` does once its command line is read (its help and flags: ../commands/ruleList.ts).
import type { CommandContext } from '../command.ts';
import { renderRules } from '../ruleText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.rules.list({}), (rules) => (rules.length === 0 ? out.words.words('importCli.rule.none') : renderRules(rules, out.words)));
  });
}
