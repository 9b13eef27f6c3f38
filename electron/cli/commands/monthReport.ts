import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields =
  '{"month","shredded","currencies":[{"currency","entries","total":{"moneyIn","moneyOut","adjusted"},"categories":[{"category","entries","moneyIn","moneyOut"}],"funds":[{"fundId","name","restricted","opening","moneyIn","moneyOut","adjusted","transfers","closing"}],"accounts":[{"accountId","name","statusAtClose",…}]}]}';

/** `mutual-ledger report --month YYYY-MM`: a month's report for the group's meeting. */
export const monthReport: Command = {
  name: 'report',
  summary: say('monthReport.cli.summary'),
  description: say('monthReport.cli.description', { fields }),
  options: ['month', ...unlockOptions],
  run: (context) => import('../runs/monthReport.ts').then(({ run }) => run(context)),
};
