import { entryKinds, type Entry, type EntryFilter, type Flow } from '../../../shared/contract/index.ts';
import { usageError } from '../cliError.ts';
import type { Command } from '../command.ts';
import { renderEntryTable, renderFlows } from '../entryText.ts';
import { choiceFlag, countFlag, dateFlag } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

interface EntryPage {
  total: number;
  offset: number;
  limit: number;
  entries: Entry[];
  totals: Flow[];
}

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
  async run({ vaultDir, values, out }) {
    const from = values.from === undefined ? undefined : dateFlag(values.from, '--from');
    const to = values.to === undefined ? undefined : dateFlag(values.to, '--to');
    if (from !== undefined && to !== undefined && from > to) throw usageError(`--from ${from} is after --to ${to}.`);
    const filter: Omit<EntryFilter, 'accountId'> = {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(values.category === undefined ? {} : { category: values.category }),
      ...(values.kind === undefined ? {} : { kind: choiceFlag(values.kind, entryKinds, '--kind') }),
      ...(values.recipient === undefined ? {} : { recipientCode: values.recipient }),
      ...(values['memo-contains'] === undefined ? {} : { memoContains: values['memo-contains'] }),
    };
    const limit = values.limit === undefined ? 50 : countFlag(values.limit, '--limit', 1, 1000);
    const offset = values.offset === undefined ? 0 : countFlag(values.offset, '--offset', 0, Number.MAX_SAFE_INTEGER);
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      const accountId = values.account === undefined ? undefined : (await findAccount(client, values.account, '--account')).id;
      const view = { ...filter, ...(accountId === undefined ? {} : { accountId }) };
      const { entries } = await client.ledger.list({ ...view, offset, limit });
      const { total, totals } = await client.ledger.summarise(view);
      out.show<EntryPage>({ total, offset, limit, entries, totals }, renderPage);
    });
  },
};

function renderPage(page: EntryPage): string {
  if (page.total === 0) return 'No entries match.';
  const shownUpTo = page.offset + page.entries.length;
  const skipped = page.offset === 0 ? '' : `, after skipping ${page.offset}`;
  const next = shownUpTo < page.total ? ` Next page: --offset ${shownUpTo}` : '';
  const showing = `Showing ${page.entries.length} of ${page.total} entr${page.total === 1 ? 'y' : 'ies'}, newest first${skipped}.${next}`;
  const table = page.entries.length === 0 ? [] : [renderEntryTable(page.entries), ''];
  return [...table, renderFlows(page.totals), showing].join('\n');
}
