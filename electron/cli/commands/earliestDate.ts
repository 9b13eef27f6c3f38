import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"earliestDate"}';

/** `mutual-ledger earliest-date`: the earliest date the vault accepts, and a way to move it. */
export const earliestDate: Command = {
  name: 'earliest-date',
  summary: say('cli.earliestDate.summary'),
  description: say('cli.earliestDate.description', { fields }),
  options: ['set', ...unlockOptions],
  flagDescriptions: { set: say('cli.earliestDate.flag.set') },
  run: (context) => import('../runs/earliestDate.ts').then(({ run }) => run(context)),
};
