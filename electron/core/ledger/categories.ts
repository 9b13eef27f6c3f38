import type { Category } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { prepared, writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import type { CategoryRow } from './schema/rows.ts';
import { appendFact, appendRowFact, settingFacts } from './ledgerFacts.ts';
import { storedCategory } from './categoryNames.ts';

/** The built-in categories, then the group's own, alphabetically by the names they are shown by. */
export function allCategories(db: Ledger): Category[] {
  const former = formerCategoryNames(db);
  return (db.prepare('SELECT name, built_in, shown_as FROM categories ORDER BY built_in DESC, COALESCE(shown_as, name)').all() as CategoryRow[]).map((row) =>
    toCategory(row, former.get(row.name) ?? []),
  );
}

/** Adds one of the group's own categories; `name` is already folded, as the contract reads it. */
export function addCategory(db: Ledger, name: string): Category {
  writeTransaction(db, () => {
    refuseTaken(db, name, undefined);
    db.prepare('INSERT INTO categories (name, built_in) VALUES (?, 0)').run(name);
    appendRowFact(db, 'category-added', name);
  });
  return { name, builtIn: false, formerNames: [] };
}

/**
 * Gives one of the group's own categories a new name to be shown by; `name` is its current or its
 * stored name, both already folded. Its entries keep the stored name, which stays reserved to it, so
 * renaming it back to that name clears the shown one. Each rename is a `category-renamed` fact.
 */
export function renameCategory(db: Ledger, name: string, to: string, now: Date): Category {
  const stored = writeTransaction(db, () => {
    const row = categoryRow(db, name);
    if (row.built_in === 1) throw new TreasuryError('NOT_PERMITTED', say('ledger.builtInCategoryFixed', { name: row.name }));
    const current = row.shown_as ?? row.name;
    if (to === current) throw new TreasuryError('INVALID_INPUT', say('ledger.categorySameName', { name: current }));
    refuseTaken(db, to, row.name);
    db.prepare('UPDATE categories SET shown_as = ? WHERE name = ?').run(to === row.name ? null : to, row.name);
    appendFact(db, 'category-renamed', { name: row.name, from: current, to, recordedAt: now.toISOString() });
    return row.name;
  });
  return toCategory(categoryRow(db, stored), formerCategoryNames(db).get(stored) ?? []);
}

/** Whether `name` is a category's stored or shown name. */
export function isCategory(db: Ledger, name: string): boolean {
  return storedCategory(db, name) !== undefined;
}

/** Refuses a name another category answers to than the one stored as `except`: its shown name, or its stored name, which its entries carry. */
function refuseTaken(db: Ledger, name: string, except: string | undefined): void {
  const holder = prepared(db, 'SELECT name, built_in, shown_as FROM categories WHERE name = ? OR shown_as = ?').get(name, name) as CategoryRow | undefined;
  if (holder === undefined || holder.name === except) return;
  if (holder.name === name && holder.shown_as !== null) throw new TreasuryError('NAME_TAKEN', say('ledger.categoryFirstName', { name, shown: holder.shown_as }));
  throw new TreasuryError('NAME_TAKEN', say('ledger.categoryTaken', { name }));
}

function categoryRow(db: Ledger, name: string): CategoryRow {
  const stored = storedCategory(db, name);
  const row = stored === undefined ? undefined : (prepared(db, 'SELECT name, built_in, shown_as FROM categories WHERE name = ?').get(stored) as CategoryRow | undefined);
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('ledger.unknownCategory', { category: name }));
  return row;
}

function toCategory(row: CategoryRow, formerNames: string[]): Category {
  const name = row.shown_as ?? row.name;
  return { name, builtIn: row.built_in === 1, formerNames: formerNames.filter((former) => former !== name) };
}

/** The names each category was shown by before, oldest first and each once, by its stored name: the stored name first once it was renamed. */
function formerCategoryNames(db: Ledger): Map<string, string[]> {
  const byStored = new Map<string, string[]>();
  for (const { content } of settingFacts(db, ['category-renamed']).reverse()) {
    const stored = String(content.name);
    const names = byStored.get(stored) ?? [];
    if (!names.includes(String(content.from))) byStored.set(stored, [...names, String(content.from)]);
  }
  return byStored;
}
