import { entryKinds } from '../../../shared/contract/kinds.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger record KIND`: append a contribution, disbursement, transfer, fee or adjustment. */
export const record: Command = {
  name: 'record',
  operand: { name: 'KIND', expected: entryKinds.join(', ') },
  summary: 'Record a contribution, disbursement, transfer, fee or adjustment.',
  description: `KIND is one of:
  contribution   money in to --account
  disbursement   money out of --account (to a recipient: give --recipient CODE,
                 or a pseudonymous code is generated)
  transfer       the group's money moving from --account to --to-account,
                 and/or from --fund to --to-fund
  fee            a platform's fee taken from --account
  adjustment     a correction of the balance: --direction in or out

The amount is typed as written, in the account's currency: 1,200.50 or 75
(never a minus sign; the kind says which way the money goes). An amount the
currency cannot hold (12.345 in USD) or that is not an amount is a usage error
(exit 2). The entry is dated --date (default today); it cannot be in the future.

Refused with exit 1, and nothing written: paying out of a frozen or closed
account (the message names the accounts that could pay instead), spending a
restricted fund below zero (the message says how much it holds), an unknown
category, a future date. The ledger is append-only: to correct an entry, use
"mutual-ledger reverse ID".

--json prints the entry (ledger.record) with "recipientCodeGenerated"; amounts
are whole minor units (cents) of its "currency".`,
  options: ['account', 'amount', 'date', 'to-account', 'fund', 'to-fund', 'category', 'recipient', 'memo', 'memo-file', 'direction', 'receipt', ...unlockOptions],
  flagDescriptions: {
    account: 'The payment account, by name (any case) or number.',
    date: 'The day it happened, YYYY-MM-DD (default today).',
    recipient: 'In or out: a pseudonymous code such as R-7KQ2MX.',
  },
  run: (context) => import('../runs/record.ts').then(({ run }) => run(context)),
};
