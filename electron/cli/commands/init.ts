import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"vaultDir","recoveryCode","groupKeyFingerprint"}';

/** `mutual-ledger init`: create a vault and show its recovery code, once. */
export const init: Command = {
  name: 'init',
  summary: say('cli.init.summary'),
  description: say('cli.init.description', { fields }),
  options: ['passphrase-file', 'new-passphrase-file'],
  run: (context) => import('../runs/init.ts').then(({ run }) => run(context)),
};
