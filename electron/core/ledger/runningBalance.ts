// The running balance of a view that follows one account or one fund: each row carries the balance
// just after it. A window anywhere in the list costs the same: the balance after its newest row is
// read from the monthly totals up to that row's month and the entries of that month up to it (never
// the whole history), and each older row's is the one before less that row's effect.
import type { Entry, LedgerRow } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { conditions } from './sqlConditions.ts';
import { eitherSideOn, type Holder } from './holderSides.ts';
import { entryEffect } from './moneyFlow.ts';

/** The entries of a window (newest first, one after another in the holder's entries), each with its holder's balance just after it, in its currency. */
export function withRunningBalance(db: Ledger, holder: Holder, entries: Entry[]): Array<Omit<LedgerRow, 'cleared'>> {
  const newest = entries[0];
  if (newest === undefined) return [];
  const balances = balancesAfter(db, holder, newest);
  const effects = effectsOf(db, holder, entries);
  return entries.map((entry) => {
    const balance = balances.get(entry.currency) ?? 0;
    balances.set(entry.currency, balance - (effects.get(entry.seq) ?? 0));
    return { ...entry, balanceAfter: balance };
  });
}

/** The holder's balances per currency just after an entry: the whole months before its month from the totals, then that month's entries up to it. */
function balancesAfter(db: Ledger, holder: Holder, entry: Entry): Map<string, number> {
  const month = entry.date.slice(0, 7);
  const totals = conditions();
  totals.add('month < ?', month);
  if (holder.accountId !== undefined) totals.add('account_id = ?', holder.accountId);
  if (holder.fundId !== undefined) totals.add('fund_id = ?', holder.fundId);
  const before = db.prepare(`SELECT currency, SUM(delta) AS amount FROM monthly_totals ${totals.sql} GROUP BY currency`).all(...totals.params) as Array<{ currency: string; amount: number }>;
  const within = db
    .prepare(
      `SELECT e.currency AS currency, SUM(${entryEffect(holder)}) AS amount FROM entries e
        WHERE ${eitherSideOn(holder)} AND e.entry_date >= ? AND (e.entry_date < ? OR (e.entry_date = ? AND e.seq <= ?))
        GROUP BY e.currency`,
    )
    .all(`${month}-01`, entry.date, entry.date, entry.seq) as Array<{ currency: string; amount: number }>;
  const balances = new Map<string, number>();
  for (const { currency, amount } of [...before, ...within]) balances.set(currency, (balances.get(currency) ?? 0) + amount);
  return balances;
}

/** What each entry did to the holder's balance. */
function effectsOf(db: Ledger, holder: Holder, entries: Entry[]): Map<number, number> {
  const rows = db
    .prepare(`SELECT e.seq, ${entryEffect(holder)} FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(entries.map((entry) => entry.seq))) as Array<[number, number]>;
  return new Map(rows);
}
