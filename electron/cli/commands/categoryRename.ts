import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"name","builtIn","formerNames"}';

/** `mutual-ledger category rename NAME --to NEW`: show one of the group's own categories by a new name; its entries keep the one they carry. */
export const categoryRename: Command = {
  name: 'category rename',
  operand: { name: 'NAME', expected: say('cli.categoryRename.nameExpected') },
  summary: say('cli.categoryRename.summary'),
  description: say('cli.categoryRename.description', { fields }),
  options: ['to', ...unlockOptions],
  flagDescriptions: { to: say('cli.categoryRename.flag.to') },
  flagValueNames: { to: 'NEW' },
  run: (context) => import('../runs/categoryRename.ts').then(({ run }) => run(context)),
};
