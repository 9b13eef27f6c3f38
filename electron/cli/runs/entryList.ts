// What `mutual-ledger list` does once its command line is read (its help and flags: ../commands/entryList.ts).
import { entryKinds, type Entry, type EntryFilter, type Flow } from '../../../shared/contract/index.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { renderEntryTable, renderFlows } from '../entryText.ts';
import { choiceFlag, countFlag, dateFlag } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { withUnlockedTreasury } from '../session.ts';

interface EntryPage {
  total: number;
  offset: number;
  limit: number;
  entries: Entry[];
  totals: Flow[];
}

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
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
}

function renderPage(page: EntryPage): string {
  if (page.total === 0) return 'No entries match.';
  const shownUpTo = page.offset + page.entries.length;
  const skipped = page.offset === 0 ? '' : `, after skipping ${page.offset}`;
  const next = shownUpTo < page.total ? ` Next page: --offset ${shownUpTo}` : '';
  const showing = `Showing ${page.entries.length} of ${page.total} entr${page.total === 1 ? 'y' : 'ies'}, newest first${skipped}.${next}`;
  const table = page.entries.length === 0 ? [] : [renderEntryTable(page.entries), ''];
  return [...table, renderFlows(page.totals), showing].join('\n');
}
