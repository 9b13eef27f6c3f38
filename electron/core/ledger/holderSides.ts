/**
 * Whose money a view of the ledger follows: the group's (no account, no fund), one account's, one
 * fund's, or one fund's money in one account. An entry has a paying side (its account and fund) and,
 * for a transfer, a receiving side (its second account, and its second fund or else its own). A side
 * is on the holder when its account and fund are the holder's. These SQL conditions are over the
 * entries table aliased `e`; the ids are numbers from a parsed filter, written into the SQL as such.
 */
import type { EntryFilter } from '../../../shared/contract/index.ts';

export type Holder = Pick<EntryFilter, 'accountId' | 'fundId'>;

/** Whether the view follows one account or fund (money moved to and from it by transfers counts), or the whole group. */
export function isOneHolder(holder: Holder): boolean {
  return holder.accountId !== undefined || holder.fundId !== undefined;
}

function onHolder(holder: Holder, account: string, fund: string): string[] {
  return [...(holder.accountId === undefined ? [] : [`${account} = ${Number(holder.accountId)}`]), ...(holder.fundId === undefined ? [] : [`${fund} = ${Number(holder.fundId)}`])];
}

/** Whether an entry's paying side is on the holder (always, for the group). */
export function payingSideOn(holder: Holder): string {
  const on = onHolder(holder, 'e.account_id', 'e.fund_id');
  return on.length === 0 ? '1' : on.join(' AND ');
}

/** Whether an entry is a transfer whose receiving side is on the holder. */
export function receivingSideOn(holder: Holder): string {
  return ["e.kind = 'transfer'", ...onHolder(holder, 'e.to_account_id', 'COALESCE(e.to_fund_id, e.fund_id)')].join(' AND ');
}

/**
 * The same receiving entries, as a condition an index can answer: for a fund alone, a transfer that
 * names no second fund stays in its own, whose entries the paying side already finds.
 */
export function receivingSideIndexed(holder: Holder): string {
  if (holder.accountId === undefined && holder.fundId !== undefined) return `e.to_fund_id = ${Number(holder.fundId)}`;
  return receivingSideOn(holder);
}

/** Whether an entry has a side on the holder: the entries of its view. */
export function eitherSideOn(holder: Holder): string {
  return `(${payingSideOn(holder)} OR ${receivingSideIndexed(holder)})`;
}
