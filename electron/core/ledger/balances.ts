import type { Balances, Money } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

// Every balance is a sum of postings, read from the monthly totals the ledger keeps beside its entries
// (see the migration): a few rows per month, not a million entries. There is no running balance.

/** An account's balance, over all entries or those dated up to `asOf` (inclusive). */
export function accountBalance(db: Ledger, accountId: number, asOf?: string): number {
  if (asOf === undefined) {
    return (db.prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM monthly_totals WHERE account_id = ?').get(accountId) as { balance: number }).balance;
  }
  // Whole months before asOf from the totals; the days of asOf's own month from the postings.
  const month = asOf.slice(0, 7);
  const before = db.prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM monthly_totals WHERE account_id = ? AND month < ?').get(accountId, month) as { balance: number };
  const within = db.prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM postings WHERE account_id = ? AND entry_date >= ? AND entry_date <= ?').get(accountId, `${month}-01`, asOf) as {
    balance: number;
  };
  return before.balance + within.balance;
}

/** A fund's balances, one per currency it holds. */
export function fundBalances(db: Ledger, fundId: number): Money[] {
  return db.prepare('SELECT currency, SUM(delta) AS amount FROM monthly_totals WHERE fund_id = ? GROUP BY currency ORDER BY currency').all(fundId) as Money[];
}

/** Balances per account, per fund and currency, and per currency. */
export function balances(db: Ledger): Balances {
  const accounts = db
    .prepare(
      `SELECT a.id AS accountId, a.name, a.currency, COALESCE(SUM(t.delta), 0) AS balance
         FROM payment_accounts a LEFT JOIN monthly_totals t ON t.account_id = a.id
        GROUP BY a.id ORDER BY a.name COLLATE NOCASE`,
    )
    .all() as Balances['accounts'];
  // Every fund, one row per currency it holds; a fund that holds nothing yet still shows, with no currency.
  const funds = (
    db
      .prepare(
        `SELECT f.id AS fundId, f.name, f.restricted, t.currency, COALESCE(SUM(t.delta), 0) AS balance
           FROM funds f LEFT JOIN monthly_totals t ON t.fund_id = f.id
          GROUP BY f.id, t.currency ORDER BY f.id, t.currency`,
      )
      .all() as Array<Omit<Balances['funds'][number], 'restricted'> & { restricted: number }>
  ).map((row) => ({ ...row, restricted: row.restricted === 1 }));
  return { accounts, funds, currencies: currencyTotals(db) };
}

/** The group's money per currency (transfers net to nothing). */
export function currencyTotals(db: Ledger): Money[] {
  return db.prepare('SELECT currency, SUM(delta) AS amount FROM monthly_totals GROUP BY currency ORDER BY currency').all() as Money[];
}
