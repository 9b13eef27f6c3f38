import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"details", "rekeyed", "newRecoveryCode"}';

/** `mutual-ledger passphrase set-co-treasurer`: add or replace the co-treasurer's key slot. */
export const passphraseSetCoTreasurer: Command = {
  name: 'passphrase set-co-treasurer',
  summary: say('cli.passphraseSetCoTreasurer.summary'),
  description: say('cli.passphraseSetCoTreasurer.description', { fields }),
  options: [...unlockOptions, 'new-passphrase-file'],
  run: (context) => import('../runs/passphraseSetCoTreasurer.ts').then(({ run }) => run(context)),
};
