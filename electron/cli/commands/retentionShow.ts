import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = `{"ages":{"memos","receipts","recipientCodes","entries",
"shredLog"},"chosen","recommended":{…},"changes":[{"ages",
"recordedAt"}],"runs":[{"ranAt","startedBy","counts":{…}}],
"hold":{"note","placedAt"}|null,"holds":[{"note","placedAt",
"liftedAt"}],"sealedBefore"}`;

/** `mutual-ledger retention show`: the schedule, its changes, the shred log and the legal hold. */
export const retentionShow: Command = {
  name: 'retention show',
  summary: say('retentionCli.retentionShow.summary'),
  description: say('retentionCli.retentionShow.description', { fields }),
  options: [...unlockOptions],
  run: (context) => import('../runs/retentionShow.ts').then(({ run }) => run(context)),
};
