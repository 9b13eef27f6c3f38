import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"totpEnrolled":false}';

/** `mutual-ledger totp disable`: turn the TOTP gate off. */
export const totpDisable: Command = {
  name: 'totp disable',
  summary: say('cli.totpDisable.summary'),
  description: say('cli.totpDisable.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/totpDisable.ts').then(({ run }) => run(context)),
};
