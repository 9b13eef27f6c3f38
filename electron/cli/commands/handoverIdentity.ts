import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = '{"recipient","kind","fingerprint","path","createdAt"}';

/** `mutual-ledger handover identity -o FILE`: on the new treasurer's laptop, make the key a handover is sent to. */
export const handoverIdentity: Command = {
  name: 'handover identity',
  summary: say('handoverCli.identity.summary'),
  description: say('handoverCli.identity.description', { fields }),
  options: ['output', 'classic'],
  vaultless: true,
  run: (context) => import('../runs/handoverIdentity.ts').then(({ run }) => run(context)),
};
