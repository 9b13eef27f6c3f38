import { dateFormats } from '../../../shared/contract/kinds.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

const fields = '{"name","dateColumn","dateFormat","decimalSeparator","amountColumn"|"inColumn","outColumn","descriptionColumn","transactionIdColumn","counterpartyColumn"}';

/** `mutual-ledger mapping add NAME`: save how one bank's CSV statement is read. */
export const mappingAdd: Command = {
  name: 'mapping add',
  operand: { name: 'NAME', expected: say('importCli.mapping.nameExpected') },
  summary: say('importCli.mappingAdd.summary'),
  description: say('importCli.mappingAdd.description', { fields, dateFormats: dateFormats.join(', ') }),
  options: ['date-column', 'date-format', 'decimal', 'amount-column', 'in-column', 'out-column', 'description-column', 'id-column', 'counterparty-column', ...unlockOptions],
  run: (context) => import('../runs/mappingAdd.ts').then(({ run }) => run(context)),
};
