import { contract, type Fund } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

/** `mutual-ledger fund add`: set money aside for a purpose. */
export const fundAdd: Command = {
  name: 'fund add',
  summary: 'Create a fund: money set aside for a purpose.',
  description: `Every entry belongs to one fund; without --fund it is the general fund. A
restricted fund (a bail fund, a donor's earmark) may only be spent on its
purpose and never below zero: a disbursement that would take it below zero is
refused with the amount it holds. Money moves between funds with
"mutual-ledger record transfer --fund A --to-fund B".

--json prints the fund (funds.add):
{"id","name","restricted","purpose","balances"}.`,
  options: ['name', 'name-file', 'restricted', 'purpose', 'purpose-file', ...unlockOptions],
  flagDescriptions: { name: 'Its name, such as "Bail fund".' },
  async run({ vaultDir, values, out }) {
    const fields = contract.funds.add.input.shape;
    const name = textFlag(requiredFlag(values, 'name', 'fund add'), fields.name, '--name');
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      const fund = await client.funds.add({ name, restricted: values.restricted === true, ...(values.purpose === undefined ? {} : { purpose: textFlag(values.purpose, fields.purpose, '--purpose') }) });
      out.show(fund, renderAdded);
    });
  },
};

function renderAdded(fund: Fund): string {
  const rule = fund.restricted ? 'Restricted: it can be spent only on its purpose, never below zero.' : 'Unrestricted.';
  return [`Added fund #${fund.id} "${fund.name}".`, rule, ...(fund.purpose === null ? [] : [`Purpose: ${fund.purpose}`])].join('\n');
}
