// What `mutual-ledger fund add` does once its command line is read (its help and flags: ../commands/fundAdd.ts).
import { contract, type Fund } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const fields = contract.funds.add.input.shape;
  const name = textFlag(requiredFlag(values, 'name', 'fund add'), fields.name, '--name');
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const fund = await client.funds.add({ name, restricted: values.restricted === true, ...(values.purpose === undefined ? {} : { purpose: textFlag(values.purpose, fields.purpose, '--purpose') }) });
    out.show(fund, renderAdded);
  });
}

function renderAdded(fund: Fund): string {
  const rule = fund.restricted ? 'Restricted: it can be spent only on its purpose, never below zero.' : 'Unrestricted.';
  return [`Added fund #${fund.id} "${fund.name}".`, rule, ...(fund.purpose === null ? [] : [`Purpose: ${fund.purpose}`])].join('\n');
}
