import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger mapping list`: the column mappings saved for banks' CSVs. */
export const mappingList: Command = {
  name: 'mapping list',
  summary: say('importCli.mappingList.summary'),
  description: say('importCli.mappingList.description', {
    fields: '[{"name","dateColumn","dateFormat","decimalSeparator","amountColumn"|"inColumn","outColumn","descriptionColumn","transactionIdColumn","counterpartyColumn"}]',
  }),
  options: [...unlockOptions],
  run: (context) => import('../runs/mappingList.ts').then(({ run }) => run(context)),
};
