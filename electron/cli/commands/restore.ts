import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"vaultDir","entries","anchor":{"entriesSeq","factsSeq","hash"}}';

/** `mutual-ledger restore BACKUP --vault DIR`: a new vault folder DIR made from a backup folder. */
export const restore: Command = {
  name: 'restore',
  operand: { name: 'BACKUP', expected: say('backupCli.restore.backupExpected') },
  summary: say('backupCli.restore.summary'),
  description: say('backupCli.restore.description', { fields }),
  options: ['passphrase-file', 'recovery-code-file'],
  flagDescriptions: { vault: say('backupCli.flag.newVault') },
  run: (context) => import('../runs/restore.ts').then(({ run }) => run(context)),
};
