import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"retiredDir","removedFiles"}';

/** `mutual-ledger retire --anchor E:F:HASH`: once the role is handed over, remove the old vault. */
export const retire: Command = {
  name: 'retire',
  summary: say('handoverCli.retire.summary'),
  description: say('handoverCli.retire.description', { fields }),
  options: ['anchor', ...unlockOptions],
  run: (context) => import('../runs/retire.ts').then(({ run }) => run(context)),
};
