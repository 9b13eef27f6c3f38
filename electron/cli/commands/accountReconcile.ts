import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account reconcile`: compare a statement balance with the ledger, and record it. */
export const accountReconcile: Command = {
  name: 'account reconcile',
  summary: 'Compare a statement balance with the ledger; record it.',
  description: `Give the balance the platform's statement shows on --date (default today), as
written on it: 1,234.56. Prints the ledger's balance for that day, the
difference (statement minus ledger: positive means the platform shows more) and
the entries on the account since the last reconciliation, then records the
reconciliation. With --dry-run nothing is recorded. An overdrawn balance is
written with "=": --statement-balance=-12.50.

--json prints the reconciliation (accounts.reconcile) with "recorded":
{"accountId","date","statementBalance","ledgerBalance","difference",
"previousDate","entrySeqs","recorded"}; amounts are whole minor units (cents).`,
  options: ['account', 'statement-balance', 'date', 'dry-run', ...unlockOptions],
  flagDescriptions: {
    account: 'The payment account, by name (any case) or number.',
    date: "The statement's date, YYYY-MM-DD (default today).",
  },
  run: (context) => import('../runs/accountReconcile.ts').then(({ run }) => run(context)),
};
