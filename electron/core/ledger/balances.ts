import type { Balances, Money } from '../../../shared/contract/index.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';

// Every balance is a sum over the postings view at the moment it is asked for: there is no stored
// running balance that could drift from the entries.

/** An account's balance, over all entries or those dated up to `asOf` (inclusive). */
export function accountBalance(db: Ledger, accountId: number, asOf?: string): number {
  const row = db
    .prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM postings WHERE account_id = ? AND (? IS NULL OR entry_date <= ?)')
    .get(accountId, asOf ?? null, asOf ?? null) as { balance: number };
  return row.balance;
}

/** A fund's balance in one currency. */
export function fundBalance(db: Ledger, fundId: number, currency: string): number {
  return (db.prepare('SELECT COALESCE(SUM(delta), 0) AS balance FROM postings WHERE fund_id = ? AND currency = ?').get(fundId, currency) as { balance: number }).balance;
}

/** Balances per account, per fund and currency, and per currency. */
export function balances(db: Ledger): Balances {
  const accounts = db
    .prepare(
      `SELECT a.id AS accountId, a.name, a.currency, COALESCE(SUM(p.delta), 0) AS balance
         FROM payment_accounts a LEFT JOIN postings p ON p.account_id = a.id
        GROUP BY a.id ORDER BY a.name COLLATE NOCASE`,
    )
    .all() as Balances['accounts'];
  const funds = (
    db
      .prepare(
        `SELECT f.id AS fundId, f.name, f.restricted, p.currency, SUM(p.delta) AS balance
           FROM funds f JOIN postings p ON p.fund_id = f.id
          GROUP BY f.id, p.currency ORDER BY f.id, p.currency`,
      )
      .all() as Array<Omit<Balances['funds'][number], 'restricted'> & { restricted: number }>
  ).map((row) => ({ ...row, restricted: row.restricted === 1 }));
  return { accounts, funds, currencies: currencyTotals(db) };
}

/** The group's money per currency (transfers net to nothing). */
export function currencyTotals(db: Ledger): Money[] {
  return db.prepare('SELECT currency, SUM(delta) AS amount FROM postings GROUP BY currency ORDER BY currency').all() as Money[];
}
