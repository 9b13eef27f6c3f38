import { say } from '../../../shared/messages/message.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** The fields of --json: names a script reads, the same in every language. */
const fields = `{"accountId","date","statementBalance","ledgerBalance","previousDate",
"previousBalance","uncleared":[{"seq","date","kind","memo","effect"}],"cleared",
"clearedBalance","difference","differenceEntry","recorded"}`;

/** `mutual-ledger account reconcile`: compare a statement with the entries it clears, and record it. */
export const accountReconcile: Command = {
  name: 'account reconcile',
  summary: say('cli.accountReconcile.summary'),
  description: say('cli.accountReconcile.description', { fields }),
  options: ['account', 'statement-balance', 'date', 'cleared', 'record-difference', 'dry-run', ...unlockOptions],
  flagDescriptions: { account: say('cli.paymentAccountFlag'), date: say('cli.accountReconcile.flag.date') },
  run: (context) => import('../runs/accountReconcile.ts').then(({ run }) => run(context)),
};
