import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger rule move ID --position N`. */
export const ruleMove: Command = {
  name: 'rule move',
  operand: { name: 'ID', expected: say('importCli.rule.idExpected') },
  summary: say('importCli.ruleMove.summary'),
  description: say('importCli.ruleMove.description', { fields: '[{"id","position","contains","direction","category"}]' }),
  options: ['position', ...unlockOptions],
  run: (context) => import('../runs/ruleMove.ts').then(({ run }) => run(context)),
};
