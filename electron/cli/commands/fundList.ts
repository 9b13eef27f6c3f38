import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '[{"id","name","restricted","purpose","balances":[{"currency","amount"}],"archived","formerNames"}]';

/** `mutual-ledger fund list`: every fund and what it holds. */
export const fundList: Command = {
  name: 'fund list',
  summary: say('cli.fundList.summary'),
  description: say('cli.fundList.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/fundList.ts').then(({ run }) => run(context)),
};
