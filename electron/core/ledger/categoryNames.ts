// The names a category answers to, written once. An entry carries its category's stored name inside
// its content hash, so that name never changes; a rename of one of the group's own categories gives
// it a shown name (categories.shown_as, NULL while it is shown as stored). Every name that comes into
// the core (an entry recorded or imported, a filter, a rule) is turned here into the stored name, the
// shown one or the stored one alike; everything that leaves it (the list, the CSV, the summary, the
// rules, an import's preview) shows the current name. Both names are reserved to the category.
import type { Ledger } from '../vault/ledgerDatabase.ts';
import { prepared } from '../vault/ledgerDatabase.ts';

/**
 * The stored name of the category `name` answers to (its stored or its current shown name), or
 * undefined if none does. No name is both one category's stored name and another's shown name
 * (renameCategory refuses it), so at most one category answers.
 */
export function storedCategory(db: Ledger, name: string): string | undefined {
  return prepared(db, 'SELECT name FROM categories WHERE name = ? OR shown_as = ?').pluck().get(name, name) as string | undefined;
}

/** SQL for the current name of the category a column holding stored names (or NULL) names: `e.category` → its shown name. */
export function shownCategorySql(column: string): string {
  return `COALESCE((SELECT c.shown_as FROM categories c WHERE c.name = ${column}), ${column})`;
}

/**
 * A condition that a column holding stored names holds the category `name` answers to, and its
 * parameters. A name no category answers to is kept, and matches nothing.
 */
export function categoryIs(column: string, name: string): [sql: string, ...params: string[]] {
  return [`${column} = COALESCE((SELECT c.name FROM categories c WHERE c.shown_as = ?), ?)`, name, name];
}

/** Every category's current name by its stored name, read once for a summary or an import's preview. */
export function shownCategories(db: Ledger): (stored: string) => string {
  const renamed = new Map(db.prepare('SELECT name, shown_as FROM categories WHERE shown_as IS NOT NULL').raw().all() as Array<[string, string]>);
  return (stored) => renamed.get(stored) ?? stored;
}
