import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

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
  run: (context) => import('../runs/fundAdd.ts').then(({ run }) => run(context)),
};
