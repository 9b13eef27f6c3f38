import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger mapping remove NAME`. */
export const mappingRemove: Command = {
  name: 'mapping remove',
  operand: { name: 'NAME', expected: say('importCli.mapping.nameExpected') },
  summary: say('importCli.mappingRemove.summary'),
  description: say('importCli.mappingRemove.description', { fields: '{"removed":{"name",…}}' }),
  options: [...unlockOptions],
  run: (context) => import('../runs/mappingRemove.ts').then(({ run }) => run(context)),
};
