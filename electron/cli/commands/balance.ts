import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger balance`: what the group holds, per account, per fund and per currency. */
export const balance: Command = {
  name: 'balance',
  summary: 'Balances per account, per fund and per currency.',
  description: `Every balance is added up from the entries, through monthly totals the ledger
keeps beside them in the same transaction as each entry (verify recomputes them).
A fund that holds money in two currencies shows one line for each; a fund that
holds nothing yet shows "nothing yet" (in --json, "currency": null, "balance": 0).

--json prints the balances (ledger.balances): {"accounts","funds","currencies"};
amounts are whole minor units (cents).`,
  options: unlockOptions,
  run: (context) => import('../runs/balance.ts').then(({ run }) => run(context)),
};
