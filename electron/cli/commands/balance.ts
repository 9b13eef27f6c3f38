import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"accounts","funds","currencies"}';

/** `mutual-ledger balance`: what the group holds, per account, per fund and per currency. */
export const balance: Command = {
  name: 'balance',
  summary: say('cli.balance.summary'),
  description: say('cli.balance.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/balance.ts').then(({ run }) => run(context)),
};
