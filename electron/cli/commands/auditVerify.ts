import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"summary","fingerprint","fileSha256"}';

/** `mutual-ledger audit verify FILE`: check a summary's signature, with no vault and no passphrase. */
export const auditVerify: Command = {
  name: 'audit verify',
  operand: { name: 'FILE', expected: say('auditCli.verify.fileExpected') },
  summary: say('auditCli.verify.summary'),
  description: say('auditCli.verify.description', { fields }),
  options: [],
  vaultless: true,
  run: (context) => import('../runs/auditVerify.ts').then(({ run }) => run(context)),
};
