import type { Entry, EntryFilter } from '../../../shared/contract/index.ts';
import { treasury } from '../../treasury.ts';

const pageSize = 1000;
/** How far the search looks before giving up: 20,000 entries of the same account, kind and recipient. */
const pagesSearched = 20;

/**
 * Finds the entry a reversal links to. A reversal copies its original's account, kind, category and
 * recipient, and is dated on or after it, so the search looks only among entries sharing those.
 * (The contract lists entries by filter, not by number.)
 */
export async function findLinkedEntry(seq: number, from: Entry): Promise<Entry | null> {
  const older = seq < from.seq;
  const filter: EntryFilter = {
    accountId: from.accountId,
    kind: from.kind,
    ...(from.category === null ? {} : { category: from.category }),
    ...(from.recipientCode === null ? {} : { recipientCode: from.recipientCode }),
    ...(older ? { to: from.date } : { from: from.date }),
  };
  for (let page = 0; page < pagesSearched; page += 1) {
    const { entries } = await treasury.ledger.list({ ...filter, offset: page * pageSize, limit: pageSize });
    const found = entries.find((entry) => entry.seq === seq);
    if (found !== undefined) return found;
    if (entries.length < pageSize) return null;
  }
  return null;
}
