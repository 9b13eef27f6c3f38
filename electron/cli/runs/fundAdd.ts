// What `mutual-ledger fund add` does once its command line is read (its help and flags: ../commands/fundAdd.ts).
import { contract, type Fund } from '../../../shared/contract/index.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const fields = contract.funds.add.input.shape;
  const name = textFlag(requiredFlag(values, 'name', 'fund add'), fields.name, '--name');
  await withUnlockedTreasury(context, async (client) => {
    const fund = await client.funds.add({ name, restricted: values.restricted === true, ...(values.purpose === undefined ? {} : { purpose: textFlag(values.purpose, fields.purpose, '--purpose') }) });
    out.show(fund, (added) => renderAdded(added, out.words));
  });
}

function renderAdded(fund: Fund, words: Translator): string {
  return [
    words.words('cli.fundAdd.added', { id: String(fund.id), name: fund.name }),
    words.words(fund.restricted ? 'cli.fundAdd.restricted' : 'cli.fundAdd.unrestricted'),
    ...(fund.purpose === null ? [] : [words.words('cli.fundAdd.purpose', { purpose: fund.purpose })]),
  ].join('\n');
}
