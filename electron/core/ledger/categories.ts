import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { prepared, writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';
import type { CategoryRow } from './schema/rows.ts';
import { appendRowFact } from './ledgerFacts.ts';

export interface Category {
  name: string;
  builtIn: boolean;
}

/** The built-in categories, then the group's own, alphabetically. */
export function allCategories(db: Ledger): Category[] {
  return (db.prepare('SELECT name, built_in FROM categories ORDER BY built_in DESC, name').all() as CategoryRow[]).map((row) => ({
    name: row.name,
    builtIn: row.built_in === 1,
  }));
}

/** Adds one of the group's own categories; `name` is already folded, as the contract reads it. */
export function addCategory(db: Ledger, name: string): Category {
  writeTransaction(db, () => {
    if (isCategory(db, name)) throw new TreasuryError('NAME_TAKEN', say('ledger.categoryTaken', { name }));
    db.prepare('INSERT INTO categories (name, built_in) VALUES (?, 0)').run(name);
    appendRowFact(db, 'category-added', name);
  });
  return { name, builtIn: false };
}

export function isCategory(db: Ledger, name: string): boolean {
  return prepared(db, 'SELECT 1 FROM categories WHERE name = ?').get(name) !== undefined;
}
