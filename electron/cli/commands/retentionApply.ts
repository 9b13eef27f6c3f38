import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = `{"run":{"ranAt","startedBy","counts":{"memos","receipts",
"recipientCodes","entries","shredLog"}}|null,"compacted","chosen"}`;

/** `mutual-ledger retention apply`: shred now what the schedule says is due (long work, with progress). */
export const retentionApply: Command = {
  name: 'retention apply',
  summary: say('retentionCli.retentionApply.summary'),
  description: say('retentionCli.retentionApply.description', { fields }),
  options: [...unlockOptions],
  run: (context) => import('../runs/retentionApply.ts').then(({ run }) => run(context)),
};
