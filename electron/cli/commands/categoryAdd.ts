import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"name","builtIn","formerNames"}';

/** `mutual-ledger category add`: a category of the group's own. */
export const categoryAdd: Command = {
  name: 'category add',
  summary: say('cli.categoryAdd.summary'),
  description: say('cli.categoryAdd.description', { fields }),
  options: ['name', 'name-file', ...unlockOptions],
  flagDescriptions: { name: say('cli.categoryAdd.flag.name') },
  run: (context) => import('../runs/categoryAdd.ts').then(({ run }) => run(context)),
};
