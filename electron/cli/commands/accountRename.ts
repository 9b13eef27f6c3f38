import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account rename`: give an account a new name; its entries and history stay with it. */
export const accountRename: Command = {
  name: 'account rename',
  summary: say('cli.accountRename.summary'),
  description: say('cli.accountRename.description'),
  options: ['account', 'name', 'name-file', ...unlockOptions],
  flagDescriptions: { account: say('cli.paymentAccountFlag'), name: say('cli.rename.flag.name') },
  run: (context) => import('../runs/accountRename.ts').then(({ run }) => run(context)),
};
