import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger rule list`: the category rules, in the order they are tried. */
export const ruleList: Command = {
  name: 'rule list',
  summary: say('importCli.ruleList.summary'),
  description: say('importCli.ruleList.description', { fields: '[{"id","position","contains","direction","category"}]' }),
  options: [...unlockOptions],
  run: (context) => import('../runs/ruleList.ts').then(({ run }) => run(context)),
};
