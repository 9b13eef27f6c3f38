import { entryKinds } from '../../../shared/contract/kinds.ts';
import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger record KIND`: append a contribution, disbursement, transfer, fee or adjustment. */
export const record: Command = {
  name: 'record',
  operand: { name: 'KIND', expected: say('cli.record.kindExpected', { kinds: entryKinds.join(', ') }) },
  summary: say('cli.record.summary'),
  description: say('cli.record.description'),
  options: ['account', 'amount', 'date', 'to-account', 'fund', 'to-fund', 'category', 'recipient', 'memo', 'memo-file', 'direction', 'receipt', ...unlockOptions],
  flagDescriptions: { account: say('cli.paymentAccountFlag'), date: say('cli.record.flag.date'), recipient: say('cli.record.flag.recipient') },
  run: (context) => import('../runs/record.ts').then(({ run }) => run(context)),
};
