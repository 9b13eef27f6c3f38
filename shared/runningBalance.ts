// Which views of the ledger have a running balance: the core adds it to their rows, the screen and
// the printed page show its column, opening and closing balances.
import type { EntryFilter } from './contract/index.ts';

/** The filters that only say which days are shown: they pick rows, never change a balance. */
const dateFilters: ReadonlyArray<keyof EntryFilter> = ['from', 'to'];

/**
 * Whether a view has a running balance: exactly one account or one fund, narrowed by dates at most.
 * Any other filter (a kind, a category, a memo) would leave rows out between two balances, so that
 * one balance less the next is no longer the row between them; those views show none.
 */
export function followsOneBalance(filter: EntryFilter): boolean {
  const oneHolder = (filter.accountId === undefined) !== (filter.fundId === undefined);
  const narrowed = Object.entries(filter).some(([key, value]) => key !== 'accountId' && key !== 'fundId' && !dateFilters.includes(key as keyof EntryFilter) && value !== undefined && value !== '');
  return oneHolder && !narrowed;
}
