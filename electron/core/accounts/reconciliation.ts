import type * as z from 'zod';
import { accounts as accountMethods, type Reconciliation, type UnclearedEntry } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say, type Message } from '../../../shared/messages/message.ts';
import { clearedBalance } from '../../../shared/clearedBalance.ts';
import { largestAmount } from '../../../shared/money.ts';
import { accountBalance } from '../ledger/balances.ts';
import { appendEntry } from '../ledger/appendEntry.ts';
import { refuseDateOutOfRange } from '../ledger/entryDates.ts';
import { baseDirection } from '../ledger/entryRows.ts';
import { appendRowFact } from '../ledger/ledgerFacts.ts';
import { checkedEntry } from '../ledger/recordEntry.ts';
import type { EntryRow } from '../ledger/entryRows.ts';
import type { ReconciliationRow } from '../ledger/schema/rows.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import { paymentAccount } from './paymentAccounts.ts';

type Statement = z.output<typeof accountMethods.reconcile.input>;

const refuse = (reason: Message): never => {
  throw new TreasuryError('INVALID_INPUT', reason);
};

/**
 * Compares a statement with the entries it clears: the previous reconciliation's cleared balance and
 * the ticked entries' effects (every uncleared entry up to the date when none are named). A statement
 * dated before the account's latest reconciliation is refused: that one already cleared its entries.
 */
export function previewReconciliation(db: Ledger, statement: Statement, now: Date): Reconciliation {
  const account = paymentAccount(db, statement.accountId, now);
  refuseDateOutOfRange(db, statement.date, now, 'statement');
  const previous = db.prepare('SELECT statement_date, ledger_balance FROM reconciliations WHERE account_id = ? ORDER BY statement_date DESC, id DESC LIMIT 1').get(account.id) as
    | Pick<ReconciliationRow, 'statement_date' | 'ledger_balance'>
    | undefined;
  if (previous !== undefined && statement.date < previous.statement_date) refuse(say('accounts.reconciledLater', { account: account.name, date: day(previous.statement_date) }));
  const uncleared = unclearedEntries(db, account.id, statement.date);
  const effects = new Map(uncleared.map((entry) => [entry.seq, entry.effect]));
  const cleared = statement.cleared ?? uncleared.map((entry) => entry.seq);
  const notUncleared = cleared.find((seq) => !effects.has(seq));
  if (notUncleared !== undefined) refuse(say('accounts.notUncleared', { seq: notUncleared, account: account.name, date: day(statement.date) }));
  const balance = clearedBalance(previous?.ledger_balance ?? 0, effects, cleared);
  return {
    accountId: account.id,
    date: statement.date,
    statementBalance: statement.statementBalance,
    ledgerBalance: accountBalance(db, account.id, statement.date),
    previousDate: previous?.statement_date ?? null,
    previousBalance: previous?.ledger_balance ?? 0,
    uncleared,
    cleared,
    clearedBalance: balance,
    difference: statement.statementBalance - balance,
    differenceEntry: null,
  };
}

/**
 * Records the reconciliation the preview shows, in one transaction: the difference's fee or
 * adjustment first when asked (under every rule an entry obeys, a frozen account's included), then
 * the reconciliation with its cleared entries, that one among them, and their facts. Its
 * `ledger_balance` holds the cleared balance, which the next reconciliation starts from.
 */
export function reconcile(db: Ledger, statement: Statement, now: Date): Reconciliation {
  return writeTransaction(db, () => {
    const preview = previewReconciliation(db, statement, now);
    const differenceEntry = statement.recordDifference === undefined ? null : recordDifference(db, preview, statement.recordDifference, now);
    const cleared = differenceEntry === null ? preview.cleared : [...preview.cleared, differenceEntry];
    const clearedBalance = differenceEntry === null ? preview.clearedBalance : preview.statementBalance;
    const { lastInsertRowid } = db
      .prepare('INSERT INTO reconciliations (account_id, statement_date, statement_balance, ledger_balance, recorded_at) VALUES (?, ?, ?, ?, ?)')
      .run(preview.accountId, preview.date, preview.statementBalance, clearedBalance, now.toISOString());
    const id = Number(lastInsertRowid);
    const clear = db.prepare('INSERT INTO reconciliation_cleared (reconciliation_id, account_id, seq) VALUES (?, ?, ?)');
    for (const seq of cleared) clear.run(id, preview.accountId, seq);
    appendRowFact(db, 'reconciliation', id);
    if (cleared.length > 0) appendRowFact(db, 'reconciliation-cleared', id);
    return {
      ...preview,
      ledgerBalance: differenceEntry === null ? preview.ledgerBalance : accountBalance(db, preview.accountId, preview.date),
      cleared,
      clearedBalance,
      difference: preview.statementBalance - clearedBalance,
      differenceEntry,
    };
  });
}

/** Books the difference left as a fee (the statement shows less: the platform charged) or an adjustment either way; returns its number. */
function recordDifference(db: Ledger, preview: Reconciliation, asked: NonNullable<Statement['recordDifference']>, now: Date): number {
  const { difference, accountId, date } = preview;
  if (difference === 0) refuse(say('accounts.nothingToRecord'));
  if (asked.kind === 'fee' && difference > 0) refuse(say('accounts.feeNeedsLess'));
  const amount = Math.abs(difference);
  if (amount > largestAmount) refuse(say('input.amountTooLarge', { largest: largestAmount }));
  const input =
    asked.kind === 'fee'
      ? { kind: 'fee' as const, date, amount, accountId, memo: asked.memo }
      : { kind: 'adjustment' as const, date, amount, accountId, direction: difference > 0 ? ('in' as const) : ('out' as const), memo: asked.memo };
  const { content } = checkedEntry(db, input, now);
  return appendEntry(db, content, now);
}

type UnclearedRow = Pick<EntryRow, 'seq' | 'kind' | 'entry_date' | 'amount' | 'sign' | 'account_id' | 'to_account_id' | 'memo'>;

/** The account's entries up to `date` that no reconciliation cleared on it, oldest first, each with what it did to the account. */
function unclearedEntries(db: Ledger, accountId: number, date: string): UnclearedEntry[] {
  const rows = db
    .prepare(
      `SELECT seq, kind, entry_date, amount, sign, account_id, to_account_id, memo FROM entries e
        WHERE (account_id = :account OR to_account_id = :account) AND entry_date <= :date
          AND NOT EXISTS (SELECT 1 FROM reconciliation_cleared c WHERE c.account_id = :account AND c.seq = e.seq)
        ORDER BY entry_date, seq`,
    )
    .all({ account: accountId, date }) as UnclearedRow[];
  return rows.map((row) => ({ seq: row.seq, date: row.entry_date, kind: row.kind, memo: row.memo, effect: effectOn(row, accountId) }));
}

/**
 * What an entry did to one account, as the postings view says: the paying side moves by its kind's
 * direction, the receiving side of a transfer by the amount; a transfer between two funds of the
 * account does both, and nets to nothing.
 */
function effectOn(row: UnclearedRow, accountId: number): number {
  const paying = row.account_id === accountId ? baseDirection(row.kind) * row.sign * row.amount : 0;
  const receiving = row.to_account_id === accountId ? row.sign * row.amount : 0;
  return paying + receiving;
}
