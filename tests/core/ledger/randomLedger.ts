// Random ledgers written straight into the tables, for the tests that read them: three accounts in two
// currencies, three funds, every kind of entry, reversals (a sign of -1), transfers between accounts
// and between two funds of one account.
import fc from 'fast-check';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { addFund } from '../../../electron/core/funds/funds.ts';
import type { EntryContent } from '../../../electron/core/ledger/entryHash.ts';
import { entryRowValues, insertEntryRows } from '../../../electron/core/ledger/schema/entryRow.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { contributionContent, noPersonalTies } from './bareLedger.ts';
import { unhashed } from './unhashed.ts';

const now = new Date('2026-11-30T12:00:00Z');

/** Accounts 1 and 2 in USD, 3 in EUR; funds 1 (general), 2 (restricted) and 3, added to an empty ledger. */
export function withAccountsAndFunds(db: Ledger): Ledger {
  db.prepare("INSERT INTO vault_settings (id, created_at, auto_lock_seconds) VALUES (1, '2026-01-01T00:00:00.000Z', 300)").run();
  for (const [name, currency] of [
    ['Credit union', 'USD'],
    ['Venmo', 'USD'],
    ['Caja', 'EUR'],
  ] as const)
    addAccount(db, { name, kind: 'bank', currency, holder: 'organisation', security: noPersonalTies }, now);
  addFund(db, { name: 'Bail fund', restricted: true }, now);
  addFund(db, { name: 'Rent relief', restricted: false }, now);
  return db;
}

/** A day from late November 2025 to early March 2026. */
export const day = fc.date({ min: new Date('2025-11-20T00:00:00Z'), max: new Date('2026-03-10T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

export const randomEntry = fc
  .record({
    kind: fc.constantFrom<EntryContent['kind']>('contribution', 'disbursement', 'fee', 'adjustment', 'transfer', 'transfer'),
    date: day,
    amount: fc.integer({ min: 1, max: 1_000_000 }),
    sign: fc.constantFrom(1, 1, 1, -1),
    account: fc.constantFrom(1, 2, 3),
    toUsdAccount: fc.constantFrom(1, 2),
    fundId: fc.constantFrom(1, 2, 3),
    toFundId: fc.constantFrom(1, 2, 3),
    category: fc.constantFrom('food', 'rent', 'other'),
  })
  .map(({ kind, account, toUsdAccount, ...rest }): EntryContent => {
    const transfer = kind === 'transfer';
    // Money moves between accounts of one currency; the EUR account only moves it between its funds.
    const toAccountId = transfer ? (account === 3 ? 3 : toUsdAccount) : null;
    return contributionContent({ ...rest, kind, accountId: account, currency: account === 3 ? 'EUR' : 'USD', toAccountId, toFundId: transfer ? rest.toFundId : null, fundId: rest.fundId });
  });

/** Writes the entries straight into the table, with their monthly totals: no rule is checked and no hash is made. */
export function insertEntries(db: Ledger, contents: EntryContent[]): void {
  db.transaction(() =>
    insertEntryRows(
      db,
      contents.map((content, index) => entryRowValues(index + 1, content, unhashed, unhashed.contentHash)),
    ),
  )();
}
