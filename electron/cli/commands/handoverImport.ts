import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"vaultDir","recoveryCode","entries","anchor":{"entriesSeq","factsSeq","hash"},"groupKeyFingerprint","identityDestroyed"}';

/** `mutual-ledger handover import FILE --vault NEWDIR`: make a new vault from a handover file. */
export const handoverImport: Command = {
  name: 'handover import',
  operand: { name: 'FILE', expected: say('handoverCli.import.fileExpected') },
  summary: say('handoverCli.import.summary'),
  description: say('handoverCli.import.description', { fields }),
  options: ['identity', 'passphrase', 'handover-passphrase-file', 'new-passphrase-file', 'passphrase-file'],
  flagDescriptions: { vault: say('handoverCli.flag.newVault'), passphrase: say('handoverCli.flag.importPassphrase') },
  run: (context) => import('../runs/handoverImport.ts').then(({ run }) => run(context)),
};
