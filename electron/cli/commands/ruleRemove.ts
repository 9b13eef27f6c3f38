import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger rule remove ID`. */
export const ruleRemove: Command = {
  name: 'rule remove',
  operand: { name: 'ID', expected: say('importCli.rule.idExpected') },
  summary: say('importCli.ruleRemove.summary'),
  description: say('importCli.ruleRemove.description', { fields: '{"removed":{"id","position","contains","direction","category"}}' }),
  options: [...unlockOptions],
  run: (context) => import('../runs/ruleRemove.ts').then(({ run }) => run(context)),
};
