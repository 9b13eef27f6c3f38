import { entryKinds } from '../../../shared/contract/kinds.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger list`: the ledger's entries, filtered as on the ledger screen, newest first. */
export const entryList: Command = {
  name: 'list',
  summary: 'List entries, newest first, with the filters of the ledger screen.',
  description: `Filters combine (all must match): a date range (--from, --to, both
inclusive), an account (entries in or out of it, transfers on either side), a
category, a kind (${entryKinds.join(', ')}),
a recipient code, and text in the memo.

Prints a page of the matching entries, newest first; then the totals of all
that match (not only the page) per currency, and "Showing X of TOTAL". A
transfer counts in the totals only when the view is filtered to one of its
accounts.

--json prints {"total","offset","limit","entries","totals"} (ledger.list's
entries, ledger.summarise's total and totals);
amounts are whole minor units (cents) of each entry's "currency".`,
  options: ['from', 'to', 'account', 'category', 'kind', 'recipient', 'memo-contains', 'memo-contains-file', 'limit', 'offset', ...unlockOptions],
  flagDescriptions: {
    account: 'Only entries in or out of this account.',
    category: 'Only entries of this category.',
    kind: 'Only entries of this kind (see above).',
    recipient: 'Only entries with this recipient code.',
  },
  run: (context) => import('../runs/entryList.ts').then(({ run }) => run(context)),
};
