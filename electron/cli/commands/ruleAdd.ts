import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger rule add`: a category rule for imported rows. */
export const ruleAdd: Command = {
  name: 'rule add',
  summary: say('importCli.ruleAdd.summary'),
  description: say('importCli.ruleAdd.description', { fields: '{"id","position","contains","direction","category"}' }),
  options: ['contains', 'category', 'direction', 'position', ...unlockOptions],
  flagDescriptions: { direction: say('importCli.flag.ruleDirection') },
  run: (context) => import('../runs/ruleAdd.ts').then(({ run }) => run(context)),
};
