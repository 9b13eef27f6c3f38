import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger fund archive`: archive an empty fund, or restore it with --restore. */
export const fundArchive: Command = {
  name: 'fund archive',
  summary: say('cli.fundArchive.summary'),
  description: say('cli.fundArchive.description'),
  options: ['fund', 'restore', ...unlockOptions],
  flagDescriptions: { fund: say('cli.fundFlag') },
  run: (context) => import('../runs/fundArchive.ts').then(({ run }) => run(context)),
};
