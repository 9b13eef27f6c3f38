import type { Database } from 'better-sqlite3-multiple-ciphers';
import { appendRowFact } from '../ledgerFacts.ts';

/**
 * Schema step 13: the built-in categories money comes in by (donation, dues, grant, refund, transfer-in),
 * beside the ones it is spent in. Each is added with its fact, as a category the group adds is; a group
 * that already made one of these names keeps it as its own, unchanged.
 */
export function step13IncomingCategories(db: Database): void {
  for (const name of ['donation', 'dues', 'grant', 'refund', 'transfer-in']) {
    if (db.prepare('INSERT OR IGNORE INTO categories (name, built_in) VALUES (?, 1)').run(name).changes === 1) appendRowFact(db, 'category-added', name);
  }
}
