import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger auto-lock`: how long the app may sit idle before it locks itself. */
export const autoLock: Command = {
  name: 'auto-lock',
  summary: say('cli.autoLock.summary'),
  description: say('cli.autoLock.description'),
  options: [...unlockOptions, 'minutes'],
  run: (context) => import('../runs/autoLock.ts').then(({ run }) => run(context)),
};
