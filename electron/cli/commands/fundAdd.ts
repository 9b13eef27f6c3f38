import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"id","name","restricted","purpose","balances"}';

/** `mutual-ledger fund add`: set money aside for a purpose. */
export const fundAdd: Command = {
  name: 'fund add',
  summary: say('cli.fundAdd.summary'),
  description: say('cli.fundAdd.description', { fields }),
  options: ['name', 'name-file', 'restricted', 'purpose', 'purpose-file', ...unlockOptions],
  flagDescriptions: { name: say('cli.fundAdd.flag.name') },
  run: (context) => import('../runs/fundAdd.ts').then(({ run }) => run(context)),
};
