import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const historyFields = '[{"status","date","reason","balanceHeld","recordedAt"}]';

/** `mutual-ledger account status`: record that an account was frozen, limited, closed or reopened; or show its history. */
export const accountStatus: Command = {
  name: 'account status',
  summary: say('cli.accountStatus.summary'),
  description: say('cli.accountStatus.description', { historyFields }),
  options: ['account', 'set', 'reason', 'reason-file', 'date', ...unlockOptions],
  flagDescriptions: { account: say('cli.paymentAccountFlag'), reason: say('cli.accountStatus.flag.reason'), date: say('cli.accountStatus.flag.date') },
  run: (context) => import('../runs/accountStatus.ts').then(({ run }) => run(context)),
};
