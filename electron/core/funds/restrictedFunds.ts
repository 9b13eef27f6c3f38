// A restricted fund may never have been spent below zero, on any date: a backdated payout from a
// fund that had not yet received the money is refused, as today's would be.
import { TreasuryError } from '../../../shared/errors.ts';
import { day, money, say } from '../../../shared/messages/message.ts';
import type { EntryRange } from '../accounts/accountAvailability.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

/**
 * Refuses the entries in `range` (written, not yet committed) if a restricted fund one of them takes
 * money from ends a day below zero, on that entry's date or any day after it. Each fund is walked
 * once per batch, from the earliest date the batch takes money from it. Only the postings to
 * restricted funds are grouped: a batch that touches none costs a scan of its own rows.
 */
export function refuseOverspentRestrictedFunds(db: Ledger, range: EntryRange): void {
  const last = range.last ?? range.first;
  const touched = db
    .prepare(
      `SELECT f.id, f.name, taken.currency, MIN(taken.entry_date) AS date
         FROM (SELECT seq, fund_id, currency, entry_date FROM postings
                WHERE seq BETWEEN ? AND ? AND fund_id IN (SELECT id FROM funds WHERE restricted = 1)
                GROUP BY seq, fund_id HAVING SUM(delta) < 0) taken
         JOIN funds f ON f.id = taken.fund_id
        GROUP BY f.id, taken.currency`,
    )
    .all(range.first, last) as Array<{ id: number; name: string; currency: string; date: string }>;
  for (const fund of touched) {
    const lowest = lowestBalanceFrom(db, fund.id, fund.currency, fund.date);
    if (lowest.balance >= 0) continue;
    // What the fund held that day before these entries took from it.
    const { taken } = db
      .prepare(
        `SELECT COALESCE(SUM(taken), 0) AS taken FROM (SELECT SUM(delta) AS taken FROM postings
          WHERE seq BETWEEN ? AND ? AND fund_id = ? AND currency = ? AND entry_date <= ? GROUP BY seq HAVING SUM(delta) < 0)`,
      )
      .get(range.first, last, fund.id, fund.currency, lowest.date) as { taken: number };
    throw new TreasuryError(
      'FUND_TOO_LOW',
      say('funds.restrictedTooLow', { fund: fund.name, held: money(lowest.balance - taken, fund.currency), date: day(lowest.date), after: money(lowest.balance, fund.currency) }),
    );
  }
}

/** The fund's lowest end-of-day balance in a currency on `from` (the entry's own day) or any later day, and that day. */
function lowestBalanceFrom(db: Ledger, fundId: number, currency: string, from: string): { date: string; balance: number } {
  let running = balanceBefore(db, fundId, currency, from);
  let lowest: { date: string; balance: number } | undefined;
  const days = db
    .prepare('SELECT entry_date AS date, SUM(delta) AS delta FROM postings WHERE fund_id = ? AND currency = ? AND entry_date >= ? GROUP BY entry_date ORDER BY entry_date')
    .all(fundId, currency, from) as Array<{ date: string; delta: number }>;
  for (const day of days) {
    running += day.delta;
    if (lowest === undefined || running < lowest.balance) lowest = { date: day.date, balance: running };
  }
  return lowest ?? { date: from, balance: running };
}

/** The fund's balance in a currency at the end of the day before `date`: whole months from the totals, the rest from the postings. */
function balanceBefore(db: Ledger, fundId: number, currency: string, date: string): number {
  const month = date.slice(0, 7);
  const months = db.prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM monthly_totals WHERE fund_id = ? AND currency = ? AND month < ?').get(fundId, currency, month) as {
    balance: number;
  };
  const days = db
    .prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM postings WHERE fund_id = ? AND currency = ? AND entry_date >= ? AND entry_date < ?')
    .get(fundId, currency, `${month}-01`, date) as { balance: number };
  return months.balance + days.balance;
}
