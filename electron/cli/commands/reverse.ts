import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger reverse ID`: correct an entry by appending its exact opposite. */
export const reverse: Command = {
  name: 'reverse',
  operand: { name: 'ID', expected: say('cli.reverse.idExpected') },
  summary: say('cli.reverse.summary'),
  description: say('cli.reverse.description'),
  options: ['memo', 'memo-file', 'date', ...unlockOptions],
  flagDescriptions: { memo: say('cli.reverse.flag.memo'), date: say('cli.reverse.flag.date') },
  run: (context) => import('../runs/reverse.ts').then(({ run }) => run(context)),
};
