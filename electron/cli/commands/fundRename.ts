import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger fund rename`: give a fund a new name; its entries and history stay with it. */
export const fundRename: Command = {
  name: 'fund rename',
  summary: say('cli.fundRename.summary'),
  description: say('cli.fundRename.description'),
  options: ['fund', 'name', 'name-file', ...unlockOptions],
  flagDescriptions: { fund: say('cli.fundFlag'), name: say('cli.rename.flag.name') },
  run: (context) => import('../runs/fundRename.ts').then(({ run }) => run(context)),
};
