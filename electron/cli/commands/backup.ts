import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"folder","madeAt","entries","anchor":{"entriesSeq","factsSeq","hash"}}';

/** `mutual-ledger backup --to DIR`: a checked, encrypted copy of the vault in a new folder inside DIR. */
export const backup: Command = {
  name: 'backup',
  summary: say('backupCli.backup.summary'),
  description: say('backupCli.backup.description', { fields }),
  options: ['to', ...unlockOptions],
  flagDescriptions: { to: say('backupCli.flag.to') },
  flagValueNames: { to: 'DIR' },
  run: (context) => import('../runs/backup.ts').then(({ run }) => run(context)),
};
