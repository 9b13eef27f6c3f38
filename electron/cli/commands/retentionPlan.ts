import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = `{"today","chosen","hold":{"note","placedAt"}|null,
"policies":[{"policy","age","before","months":[{"month","count"}],
"total","keptUntilTheirMonthGoes"}],"shredsAnything"}`;

/** `mutual-ledger retention plan`: what the next run would shred, before anything happens. */
export const retentionPlan: Command = {
  name: 'retention plan',
  summary: say('retentionCli.retentionPlan.summary'),
  description: say('retentionCli.retentionPlan.description', { fields }),
  options: [...unlockOptions],
  run: (context) => import('../runs/retentionPlan.ts').then(({ run }) => run(context)),
};
