import type { AccountStatus, EntryKind, PaymentAccount } from '../../../shared/contract/index.ts';
import * as z from 'zod';
import { accounts as accountMethods } from '../../../shared/contract/index.ts';
import { isKnownCurrency } from '../../../shared/money.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { day, say } from '../../../shared/messages/message.ts';
import { nameKey } from '../../../shared/text.ts';
import { calendarDate, daysBetween } from '../calendar.ts';
import { accountBalance } from '../ledger/balances.ts';
import { refuseDateOutOfRange } from '../ledger/entryDates.ts';
import { entryKindWords, statusWords } from '../../../shared/messages/ledgerWords.ts';
import { appendRowFact } from '../ledger/ledgerFacts.ts';
import { archivedIds, setArchived } from '../ledger/archiving.ts';
import { formerNames, rename, type FormerName } from '../ledger/renaming.ts';
import { prepared, writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import type { PaymentAccountRow, ReconciliationRow } from '../ledger/schema/rows.ts';
import { refuseUnavailableAccounts } from './accountAvailability.ts';
import { canPayOut, latestStatus } from './accountStatus.ts';

type NewAccount = z.output<typeof accountMethods.add.input>;

type AccountRow = Omit<PaymentAccountRow, 'name_key'>;

const accountColumns = 'id, name, kind, currency, handle, holder, mfa, personal_phone, personal_name, personal_card, created_at';

/** Registers an account; it is active until a status change says otherwise. */
export function addAccount(db: Ledger, account: NewAccount, now: Date): PaymentAccount {
  if (!isKnownCurrency(account.currency)) throw new TreasuryError('INVALID_INPUT', say('accounts.unknownCurrency', { currency: account.currency }));
  const id = writeTransaction(db, () => {
    const key = nameKey(account.name);
    const taken = db.prepare('SELECT name FROM payment_accounts WHERE name_key = ?').get(key) as { name: string } | undefined;
    if (taken !== undefined) throw new TreasuryError('NAME_TAKEN', say('accounts.nameTaken', { name: taken.name }));
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO payment_accounts (name, name_key, kind, currency, handle, holder, mfa, personal_phone, personal_name, personal_card, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        account.name,
        key,
        account.kind,
        account.currency,
        account.handle === undefined || account.handle === '' ? null : account.handle,
        account.holder,
        Number(account.security.mfa),
        Number(account.security.personalPhone),
        Number(account.security.personalName),
        Number(account.security.personalCard),
        now.toISOString(),
      );
    appendRowFact(db, 'account-added', Number(lastInsertRowid));
    return Number(lastInsertRowid);
  });
  return paymentAccount(db, id, now);
}

/** The account as the screens see it today; NOT_FOUND if there is none. */
export function paymentAccount(db: Ledger, id: number, now: Date): PaymentAccount {
  const row = db.prepare(`SELECT ${accountColumns} FROM payment_accounts WHERE id = ?`).get(id) as AccountRow | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('accounts.notFound', { id }));
  return toPaymentAccount(db, row, now, namesAndArchiving(db));
}

/** An account's name and currency, all an entry needs of it: cheap enough to ask once per imported row. NOT_FOUND if there is none. */
export function accountNameAndCurrency(db: Ledger, id: number): Pick<PaymentAccount, 'id' | 'name' | 'currency'> {
  const row = prepared(db, 'SELECT id, name, currency FROM payment_accounts WHERE id = ?').get(id) as Pick<PaymentAccount, 'id' | 'name' | 'currency'> | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('accounts.notFound', { id }));
  return row;
}

/** Every account, by name. */
export function allAccounts(db: Ledger, now: Date): PaymentAccount[] {
  const names = namesAndArchiving(db);
  return (db.prepare(`SELECT ${accountColumns} FROM payment_accounts ORDER BY name_key`).all() as AccountRow[]).map((row) => toPaymentAccount(db, row, now, names));
}

/** Gives an account a new name (see renaming.ts). */
export function renameAccount(db: Ledger, accountId: number, name: string, now: Date): PaymentAccount {
  writeTransaction(db, () => rename(db, 'account', accountId, name, now));
  return paymentAccount(db, accountId, now);
}

/** Archives an empty account, or restores it (see archiving.ts). */
export function archiveAccount(db: Ledger, accountId: number, archived: boolean, now: Date): PaymentAccount {
  writeTransaction(db, () => setArchived(db, 'account', accountId, archived, now));
  return paymentAccount(db, accountId, now);
}

/** What the chain says of every account's names and archiving, read once for a list. */
function namesAndArchiving(db: Ledger): NamesAndArchiving {
  return { formerNames: formerNames(db, 'account'), archived: archivedIds(db, 'account') };
}

interface NamesAndArchiving {
  formerNames: Map<number, FormerName[]>;
  archived: Set<number>;
}

/** Records a status change with the balance held on its date. */
export function setAccountStatus(db: Ledger, change: { accountId: number; status: AccountStatus; date: string; reason: string }, now: Date): PaymentAccount {
  writeTransaction(db, () => {
    const account = paymentAccount(db, change.accountId, now);
    refuseDateOutOfRange(db, change.date, now, 'statusChange');
    const latest = latestStatus(db, change.accountId);
    if (latest !== undefined && change.date < latest.effective_date) {
      throw new TreasuryError('INVALID_INPUT', say('accounts.statusOutOfOrder', { account: account.name, date: day(latest.effective_date) }));
    }
    if (account.status === change.status) throw new TreasuryError('INVALID_INPUT', say('accounts.alreadyStatus', { account: account.name, status: statusWords[change.status] }));
    const { lastInsertRowid } = db
      .prepare('INSERT INTO account_status_changes (account_id, status, effective_date, reason, balance_held, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(change.accountId, change.status, change.date, change.reason, accountBalance(db, change.accountId, change.date), now.toISOString());
    refuseEntriesTheStatusForbids(db, account.name, change, now);
    appendRowFact(db, 'account-status', Number(lastInsertRowid));
  });
  return paymentAccount(db, change.accountId, now);
}

/**
 * A freeze or closing dated back cannot make entries already recorded break the rules: a payout
 * recorded on the 20th stays lawful only if the freeze is dated the 20th or later. Entries on the
 * day of the change itself were recorded before it and stand; each entry after that day is checked
 * again, as if recorded now (the status is written, not committed).
 */
function refuseEntriesTheStatusForbids(db: Ledger, accountName: string, change: { accountId: number; status: AccountStatus; date: string }, now: Date): void {
  if (canPayOut(change.status)) return;
  const later = db
    .prepare('SELECT seq, kind, entry_date FROM entries WHERE (account_id = ? OR to_account_id = ?) AND entry_date > ? ORDER BY entry_date, seq')
    .all(change.accountId, change.accountId, change.date) as Array<{ seq: number; kind: EntryKind; entry_date: string }>;
  for (const entry of later) {
    try {
      refuseUnavailableAccounts(db, { first: entry.seq }, now);
    } catch (error) {
      if (!(error instanceof TreasuryError) || error.code !== 'ACCOUNT_UNAVAILABLE') throw error;
      throw new TreasuryError(
        'INVALID_INPUT',
        say('accounts.statusForbidsEntry', {
          account: accountName,
          seq: entry.seq,
          kind: entryKindWords[entry.kind],
          date: day(entry.entry_date),
          status: statusWords[change.status],
          from: day(change.date),
        }),
      );
    }
  }
}

function toPaymentAccount(db: Ledger, row: AccountRow, now: Date, names: NamesAndArchiving): PaymentAccount {
  const today = calendarDate(now);
  const status = latestStatus(db, row.id);
  const frozen = status?.status === 'frozen';
  const reconciled = db
    .prepare('SELECT statement_date, statement_balance - ledger_balance AS difference FROM reconciliations WHERE account_id = ? ORDER BY statement_date DESC, id DESC LIMIT 1')
    .get(row.id) as (Pick<ReconciliationRow, 'statement_date'> & { difference: number }) | undefined;
  const security = { mfa: row.mfa === 1, personalPhone: row.personal_phone === 1, personalName: row.personal_name === 1, personalCard: row.personal_card === 1 };
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    currency: row.currency,
    handle: row.handle,
    holder: row.holder,
    security,
    tiedToMember: row.holder === 'member' || security.personalPhone || security.personalName || security.personalCard,
    status: status?.status ?? 'active',
    statusSince: status?.effective_date ?? calendarDate(new Date(row.created_at)),
    statusReason: status?.reason ?? null,
    balance: accountBalance(db, row.id),
    daysFrozen: frozen && status !== undefined ? Math.max(0, daysBetween(status.effective_date, today)) : null,
    heldAtFreeze: frozen && status !== undefined ? status.balance_held : null,
    lastReconciled: reconciled === undefined ? null : { date: reconciled.statement_date, difference: reconciled.difference },
    archived: names.archived.has(row.id),
    formerNames: names.formerNames.get(row.id) ?? [],
  };
}
