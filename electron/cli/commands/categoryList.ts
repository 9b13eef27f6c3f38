import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '[{"name","builtIn","formerNames"}]';

/** `mutual-ledger category list`: the categories entries can have. */
export const categoryList: Command = {
  name: 'category list',
  summary: say('cli.categoryList.summary'),
  description: say('cli.categoryList.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/categoryList.ts').then(({ run }) => run(context)),
};
