import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = `{"accounts","onHand":[{"currency","amount","inFrozen"}],
"stuckInFrozen","concentration","concentrationThresholdPercent","warnings"}`;

/** `mutual-ledger account list`: every payment account, its balance and status, and the warnings. */
export const accountList: Command = {
  name: 'account list',
  summary: say('cli.accountList.summary'),
  description: say('cli.accountList.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/accountList.ts').then(({ run }) => run(context)),
};
