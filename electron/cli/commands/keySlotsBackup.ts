import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"path"}';

/** `mutual-ledger key-slots backup`: save a copy of key-slots.json. */
export const keySlotsBackup: Command = {
  name: 'key-slots backup',
  summary: say('cli.keySlotsBackup.summary'),
  description: say('cli.keySlotsBackup.description', { fields }),
  options: [...unlockOptions, 'copy-to'],
  run: (context) => import('../runs/keySlotsBackup.ts').then(({ run }) => run(context)),
};
