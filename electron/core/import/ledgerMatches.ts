// What the ledger already holds that a statement's rows may be: the same platform transaction (by
// its id, certain), an entry of the same day and amount typed in by hand (possible), or the other
// side of a transfer between the group's own accounts booked from the other statement. Read once
// for the statement's accounts and dates; each entry is matched to one row at most.
import { daysBetween, shiftDay } from '../calendar.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/** How many days apart the two sides of a transfer between two of the group's accounts may be dated. */
export const transferDays = 5;

interface Posted {
  seq: number;
  accountId: number;
  date: string;
  /** What the entry did to the account: below zero, money left it. */
  delta: number;
  kind: string;
  /** The account at the other end, for a transfer. */
  otherAccountId: number | null;
  fromPlatform: boolean;
}

export interface LedgerMatches {
  /**
   * The entry already booked from this platform transaction on one of the accounts, if any; on any
   * account with `anyAccount`, for a row paid by the card or bank behind the platform, which a
   * re-import without the linked account must still know.
   */
  byId(transactionId: string, anyAccount?: boolean): number | undefined;
  /** An entry with no platform id, of this day and effect on the account, not yet matched: taken. */
  takeSameDay(accountId: number, date: string, delta: number): number | undefined;
  /** A transfer to or from the account with this effect on it, a few days either side, not yet matched: taken. `otherAccountId` narrows it to one other account. */
  takeTransfer(accountId: number, date: string, delta: number, otherAccountId?: number): number | undefined;
}

/** The ledger's entries on `accountIds` between `from` and `to` (widened by the transfer window), and those booked from `transactionIds`. */
export function ledgerMatches(db: Ledger, accountIds: number[], from: string, to: string, transactionIds: string[]): LedgerMatches {
  // Every entry already booked from one of the statement's transactions, found in one query by the index.
  const booked = new Map<string, Array<{ seq: number; accountId: number }>>();
  const bookedRows = db
    .prepare('SELECT platform_transaction_id AS id, seq, account_id AS accountId FROM entries WHERE platform_transaction_id IN (SELECT value FROM json_each(?)) ORDER BY seq')
    .all(JSON.stringify(transactionIds)) as Array<{ id: string; seq: number; accountId: number }>;
  for (const { id, seq, accountId } of bookedRows) booked.set(id, [...(booked.get(id) ?? []), { seq, accountId }]);
  const posted = db
    .prepare(
      `SELECT p.seq, p.account_id AS accountId, p.entry_date AS date, SUM(p.delta) AS delta, e.kind,
              CASE WHEN e.kind <> 'transfer' THEN NULL WHEN e.account_id = p.account_id THEN e.to_account_id ELSE e.account_id END AS otherAccountId,
              e.platform_transaction_id IS NOT NULL AS fromPlatform
         FROM postings p JOIN entries e ON e.seq = p.seq
        WHERE p.entry_date BETWEEN ? AND ? AND p.account_id IN (${accountIds.map(() => '?').join(', ')})
        GROUP BY p.seq, p.account_id HAVING SUM(p.delta) <> 0 ORDER BY p.seq`,
    )
    .all(shiftDay(from, -transferDays), shiftDay(to, transferDays), ...accountIds) as Array<Omit<Posted, 'fromPlatform'> & { fromPlatform: 0 | 1 }>;
  const taken = new Set<number>();
  const sameDay = new Map<string, Posted[]>();
  // Transfers by account and effect, so a row looks only at those of its own amount.
  const transfers = new Map<string, Posted[]>();
  const add = (map: Map<string, Posted[]>, key: string, entry: Posted) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else list.push(entry);
  };
  for (const row of posted) {
    const entry = { ...row, fromPlatform: row.fromPlatform === 1 };
    if (entry.kind === 'transfer' && entry.otherAccountId !== entry.accountId) add(transfers, `${entry.accountId}|${entry.delta}`, entry);
    if (!entry.fromPlatform) add(sameDay, `${entry.accountId}|${entry.date}|${entry.delta}`, entry);
  }
  const take = (found: Posted | undefined): number | undefined => {
    if (found !== undefined) taken.add(found.seq);
    return found?.seq;
  };
  return {
    byId: (transactionId, anyAccount = false) => booked.get(transactionId)?.find((entry) => anyAccount || accountIds.includes(entry.accountId))?.seq,
    takeSameDay: (accountId, date, delta) => take(sameDay.get(`${accountId}|${date}|${delta}`)?.find((entry) => !taken.has(entry.seq))),
    takeTransfer: (accountId, date, delta, otherAccountId) => {
      const candidates = (transfers.get(`${accountId}|${delta}`) ?? []).filter(
        (entry) => !taken.has(entry.seq) && Math.abs(daysBetween(entry.date, date)) <= transferDays && (otherAccountId === undefined || entry.otherAccountId === otherAccountId),
      );
      // The nearest in date: two equal transfers a few days apart each find their own side.
      const nearest = candidates.sort((one, two) => Math.abs(daysBetween(one.date, date)) - Math.abs(daysBetween(two.date, date)))[0];
      return take(nearest);
    },
  };
}
