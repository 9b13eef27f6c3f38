import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger fund list`: every fund and what it holds. */
export const fundList: Command = {
  name: 'fund list',
  summary: 'Every fund, restricted or not, with its balance per currency.',
  description: `The general fund comes first. --json prints the funds (funds.list):
[{"id","name","restricted","purpose","balances":[{"currency","amount"}]}];
amounts are whole minor units (cents).`,
  options: unlockOptions,
  run: (context) => import('../runs/fundList.ts').then(({ run }) => run(context)),
};
