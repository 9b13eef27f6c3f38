import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"hold":{"note","placedAt"}}';

/** `mutual-ledger hold place`: a legal hold, so that nothing is shredded until it is lifted. */
export const holdPlace: Command = {
  name: 'hold place',
  summary: say('retentionCli.holdPlace.summary'),
  description: say('retentionCli.holdPlace.description', { fields }),
  options: ['note', 'note-file', ...unlockOptions],
  run: (context) => import('../runs/holdPlace.ts').then(({ run }) => run(context)),
};
