import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"details", "rekeyed", "newRecoveryCode"}';

/** `mutual-ledger passphrase remove-co-treasurer`: drop the co-treasurer's key slot and re-key. */
export const passphraseRemoveCoTreasurer: Command = {
  name: 'passphrase remove-co-treasurer',
  summary: say('cli.passphraseRemoveCoTreasurer.summary'),
  description: say('cli.passphraseRemoveCoTreasurer.description', { fields }),
  options: unlockOptions,
  run: (context) => import('../runs/passphraseRemoveCoTreasurer.ts').then(({ run }) => run(context)),
};
