import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"slot", "oldCopiesStillOpen"}';

/** `mutual-ledger passphrase change`: a new passphrase for the slot you unlock with, and optionally a new key. */
export const passphraseChange: Command = {
  name: 'passphrase change',
  summary: say('cli.passphraseChange.summary'),
  description: say('cli.passphraseChange.description', { fields }),
  options: [...unlockOptions, 'new-passphrase-file', 'rekey'],
  run: (context) => import('../runs/passphraseChange.ts').then(({ run }) => run(context)),
};
