import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"hold":{"note","placedAt"}|null}';

/** `mutual-ledger hold status`: whether a legal hold stands, since when and why. */
export const holdStatus: Command = {
  name: 'hold status',
  summary: say('retentionCli.holdStatus.summary'),
  description: say('retentionCli.holdStatus.description', { fields }),
  options: [...unlockOptions],
  run: (context) => import('../runs/holdStatus.ts').then(({ run }) => run(context)),
};
