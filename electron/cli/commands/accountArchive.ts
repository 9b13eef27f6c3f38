import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account archive`: archive an empty account, or restore it with --restore. */
export const accountArchive: Command = {
  name: 'account archive',
  summary: say('cli.accountArchive.summary'),
  description: say('cli.accountArchive.description'),
  options: ['account', 'restore', ...unlockOptions],
  flagDescriptions: { account: say('cli.paymentAccountFlag') },
  run: (context) => import('../runs/accountArchive.ts').then(({ run }) => run(context)),
};
