import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"details", "rekeyed", "newRecoveryCode"}';

/** `mutual-ledger rekey`: change the vault's key. */
export const rekey: Command = {
  name: 'rekey',
  summary: say('cli.rekey.summary'),
  description: say('cli.rekey.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/rekey.ts').then(({ run }) => run(context)),
};
