import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account status`: record that an account was frozen, limited, closed or reopened; or show its history. */
export const accountStatus: Command = {
  name: 'account status',
  summary: 'Record a freeze, limit, closure or reopening; or show the history.',
  description: `With --set, records that the account became active, limited, frozen or closed
on --date (default today), with the reason and the balance it held that day.
A frozen or closed account then refuses disbursements and transfers out, and the
refusal names the accounts that could pay instead. Changes are recorded in the
order they happened: a date before the last change is refused.

Without --set, prints the account's status history, oldest first.

--json prints the account after the change (accounts.setStatus), or the history
(accounts.history): [{"status","date","reason","balanceHeld","recordedAt"}];
amounts are whole minor units (cents).`,
  options: ['account', 'set', 'reason', 'reason-file', 'date', ...unlockOptions],
  flagDescriptions: {
    account: 'The payment account, by name (any case) or number.',
    reason: 'With --set: why, such as "platform review".',
    date: 'With --set: the day it happened (default today).',
  },
  run: (context) => import('../runs/accountStatus.ts').then(({ run }) => run(context)),
};
