import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger account list`: every payment account, its balance and status, and the warnings. */
export const accountList: Command = {
  name: 'account list',
  summary: 'Every payment account: balance, status, flags; then the warnings.',
  description: `One row per account: its number and name, kind, currency, balance, status
(since when; for a frozen account, the days frozen and the balance held at the
freeze), flags (tied to a member, MFA off) and the last reconciliation with its
difference. Then the warnings: money stuck in frozen accounts, and too much of
the group's money on one account (above the threshold the group set).

--json prints the accounts overview (accounts.list): {"accounts",
"stuckInFrozen","concentration","concentrationThresholdPercent","warnings"};
amounts are whole minor units (cents).`,
  options: unlockOptions,
  run: (context) => import('../runs/accountList.ts').then(({ run }) => run(context)),
};
