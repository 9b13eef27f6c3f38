// The treasurer's category rules: "a row whose note or description contains these words gets this
// category", tried in order, the first that matches winning. They are data in the vault, so every
// import and every treasurer after this one proposes the same categories.
import type { CategoryRule } from '../../../shared/contract/index.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
import { nameKey } from '../../../shared/text.ts';
import { shownCategorySql, storedCategory } from '../ledger/categoryNames.ts';
import type { CategoryRuleRow } from '../ledger/schema/rows.ts';
import { writeTransaction, type Ledger } from '../vault/ledgerDatabase.ts';

type Direction = 'in' | 'out';

const toRule = (row: CategoryRuleRow): CategoryRule => ({ id: row.id, position: row.position, contains: row.contains, direction: row.direction, category: row.category });

/** A rule keeps its category's stored name, and is shown with the name the category is shown by now (categoryNames.ts). */
const ruleSelect = `SELECT id, position, contains, contains_key, direction, ${shownCategorySql('category')} AS category FROM category_rules`;

/** The rules in the order they are tried, numbered from 1. */
export function categoryRules(db: Ledger): CategoryRule[] {
  return (db.prepare(`${ruleSelect} ORDER BY position`).all() as CategoryRuleRow[]).map(toRule);
}

/** Adds a rule at `position` (1 first), the rules from there on moving down one; at the end when left out. */
export function addCategoryRule(db: Ledger, rule: { contains: string; category: string; direction?: Direction | undefined; position?: number | undefined }): CategoryRule {
  return writeTransaction(db, () => {
    const category = storedCategory(db, rule.category);
    if (category === undefined) throw new TreasuryError('INVALID_INPUT', say('ledger.unknownCategory', { category: rule.category }));
    const id = Number(
      db
        .prepare('INSERT INTO category_rules (position, contains, contains_key, direction, category) VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM category_rules), ?, ?, ?, ?)')
        .run(rule.contains, nameKey(rule.contains), rule.direction ?? null, category).lastInsertRowid,
    );
    if (rule.position !== undefined) moveRule(db, id, rule.position);
    return ruleById(db, id);
  });
}

/** Removes a rule; those after it move up one. */
export function removeCategoryRule(db: Ledger, id: number): CategoryRule {
  return writeTransaction(db, () => {
    const removed = ruleById(db, id);
    db.prepare('DELETE FROM category_rules WHERE id = ?').run(id);
    renumber(
      db,
      categoryRules(db).map((rule) => rule.id),
    );
    return removed;
  });
}

/** Moves a rule to `position` in the order (past the end: last). */
export function moveCategoryRule(db: Ledger, id: number, position: number): CategoryRule[] {
  writeTransaction(db, () => moveRule(db, id, position));
  return categoryRules(db);
}

function moveRule(db: Ledger, id: number, position: number): void {
  ruleById(db, id);
  const others = categoryRules(db)
    .map((rule) => rule.id)
    .filter((other) => other !== id);
  others.splice(Math.min(position, others.length + 1) - 1, 0, id);
  renumber(db, others);
}

/** Numbers the rules 1, 2, 3… in the order given; through negative positions first, so no two ever share one. */
function renumber(db: Ledger, ids: number[]): void {
  const place = db.prepare('UPDATE category_rules SET position = ? WHERE id = ?');
  ids.forEach((id, index) => place.run(-(index + 1), id));
  ids.forEach((id, index) => place.run(index + 1, id));
}

function ruleById(db: Ledger, id: number): CategoryRule {
  const row = db.prepare(`${ruleSelect} WHERE id = ?`).get(id) as CategoryRuleRow | undefined;
  if (row === undefined) throw new TreasuryError('NOT_FOUND', say('import.noSuchRule', { id }));
  return toRule(row);
}

/** The category the first matching rule gives a row (its note and description, money in or out), read once for a whole statement. */
export function ruleMatcher(db: Ledger): (text: string, direction: Direction) => string | undefined {
  const rules = db.prepare('SELECT * FROM category_rules ORDER BY position').all() as CategoryRuleRow[];
  return (text, direction) => {
    if (rules.length === 0) return undefined;
    const folded = nameKey(text);
    return rules.find((rule) => (rule.direction === null || rule.direction === direction) && folded.includes(rule.contains_key))?.category;
  };
}
