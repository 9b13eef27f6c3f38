// An account or fund that holds nothing can be archived: it leaves the entry form's lists, and no
// entry may use it (a payout, an import, a reversal), while its history and reports keep it. It can be
// restored. Each archiving and restoring is a fact in the chain; the chain alone says which are archived.
import { generalFundId } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { list, money, say } from '../../../shared/messages/message.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { accountBalance, fundBalances } from './balances.ts';
import { appendFact, settingFacts } from './ledgerFacts.ts';
import { subjects, type Subject } from './subjects.ts';

/** The numbers of the accounts (or funds) archived now. */
export function archivedIds(db: Ledger, subject: Subject): Set<number> {
  const archived = new Set<number>();
  for (const { content } of settingFacts(db, [subjects[subject].archived]).reverse()) {
    if (content.archived === true) archived.add(Number(content.id));
    else archived.delete(Number(content.id));
  }
  return archived;
}

/** Archives or restores an account or fund; call inside a write transaction. An account or fund must be empty to be archived. */
export function setArchived(db: Ledger, subject: Subject, id: number, archived: boolean, now: Date): void {
  const { table, words } = subjects[subject];
  const row = db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string } | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', words.notFound(id));
  if (archivedIds(db, subject).has(id) === archived) throw new TreasuryError('INVALID_INPUT', (archived ? words.alreadyArchived : words.notArchived)(row.name));
  if (archived) refuseArchivingWhatHoldsMoney(db, subject, id, row.name);
  appendFact(db, subjects[subject].archived, { id, archived, recordedAt: now.toISOString() });
}

function refuseArchivingWhatHoldsMoney(db: Ledger, subject: Subject, id: number, name: string): void {
  if (subject === 'fund' && id === generalFundId) throw new TreasuryError('INVALID_INPUT', say('funds.generalNotArchived'));
  const held =
    subject === 'account'
      ? [{ amount: accountBalance(db, id), currency: (db.prepare('SELECT currency FROM payment_accounts WHERE id = ?').get(id) as { currency: string }).currency }]
      : fundBalances(db, id);
  const nonZero = held.filter(({ amount }) => amount !== 0);
  if (nonZero.length === 0) return;
  const balance = list(nonZero.map(({ amount, currency }) => money(amount, currency)));
  throw new TreasuryError('INVALID_INPUT', subjects[subject].words.archiveNotEmpty(name, balance));
}

/**
 * Refuses entries `first` to `last` (written, not yet committed) if one uses an archived account or
 * fund. Nothing is archived in most vaults, so most batches cost one read of the facts.
 */
export function refuseArchivedInEntries(db: Ledger, first: number, last: number): void {
  for (const subject of ['account', 'fund'] as const) {
    const archived = archivedIds(db, subject);
    if (archived.size === 0) continue;
    const { table, entryColumns, words } = subjects[subject];
    const used = db
      .prepare(
        `SELECT t.name FROM entries e JOIN ${table} t ON t.id IN (e.${entryColumns[0]}, e.${entryColumns[1]})
          WHERE e.seq BETWEEN ? AND ? AND t.id IN (SELECT value FROM json_each(?)) LIMIT 1`,
      )
      .get(first, last, JSON.stringify([...archived])) as { name: string } | undefined;
    if (used !== undefined) throw new TreasuryError('INVALID_ENTRY', words.usedWhileArchived(used.name));
  }
}
