// A payment account or a fund can be renamed: a slip of the keyboard, or a platform's new name.
// Entries point at an account or fund by its number and never record its name, so a rename changes
// no entry and no hash. The table keeps the name in use; each rename is a fact in the chain, with
// the name before it, so the history keeps every old name and verify folds the renames over the
// fact that added the row (ledgerFacts.ts): a name changed behind the app's back is caught.
import { TreasuryError } from '../../../shared/errors.ts';
import { nameKey } from '../../../shared/text.ts';
import { calendarDate } from '../calendar.ts';
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { appendFact, settingFacts } from './ledgerFacts.ts';
import { subjects, type Subject } from './subjects.ts';

/** A name an account or fund had before, and the day it stopped having it. */
export interface FormerName {
  name: string;
  until: string;
}

/** Renames an account or fund; call inside a write transaction. Refuses a name another one has, or no change at all. */
export function rename(db: Ledger, subject: Subject, id: number, name: string, now: Date): void {
  const { table, renamed, words } = subjects[subject];
  const current = db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string } | undefined;
  if (current === undefined) throw new TreasuryError('NOT_FOUND', words.notFound(id));
  if (current.name === name) throw new TreasuryError('INVALID_INPUT', words.sameName(name));
  const key = nameKey(name);
  const taken = db.prepare(`SELECT name FROM ${table} WHERE name_key = ? AND id <> ?`).get(key, id) as { name: string } | undefined;
  if (taken !== undefined) throw new TreasuryError('NAME_TAKEN', words.nameTaken(taken.name));
  db.prepare(`UPDATE ${table} SET name = ?, name_key = ? WHERE id = ?`).run(name, key, id);
  appendFact(db, renamed, { id, from: current.name, name, recordedAt: now.toISOString() });
}

/** Every account's (or fund's) former names, oldest first, by its number. */
export function formerNames(db: Ledger, subject: Subject): Map<number, FormerName[]> {
  const byId = new Map<number, FormerName[]>();
  for (const { content } of settingFacts(db, [subjects[subject].renamed]).reverse()) {
    const id = Number(content.id);
    byId.set(id, [...(byId.get(id) ?? []), { name: String(content.from), until: calendarDate(new Date(String(content.recordedAt))) }]);
  }
  return byId;
}
