import { expect, it } from 'vitest';
import { addCategory, allCategories, isCategory } from '../../../electron/core/ledger/categories.ts';
import { say } from '../../../shared/messages/message.ts';
import { join } from 'node:path';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { categoryFitsKind } from '../../../shared/contract/index.ts';
import { appendRowFact } from '../../../electron/core/ledger/ledgerFacts.ts';
import { ledgersClosedAfterEachTest, openBareLedger, openBareLedgerAtSchema } from './bareLedger.ts';

// The categories an entry may have: the built-in ones, then the group's own, alphabetically.
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-categories-');
const builtIn = ['bail', 'donation', 'dues', 'food', 'grant', 'medical', 'other', 'refund', 'rent', 'transfer-in', 'transport', 'utilities'].map((name) => ({ name, builtIn: true, formerNames: [] }));

it('lists the built-in categories, then the group’s own in alphabetical order', () => {
  const db = bareLedger();
  expect(allCategories(db)).toEqual(builtIn);
  expect(addCategory(db, 'vet bills')).toEqual({ name: 'vet bills', builtIn: false, formerNames: [] });
  addCategory(db, 'diapers');
  expect(allCategories(db)).toEqual([...builtIn, { name: 'diapers', builtIn: false, formerNames: [] }, { name: 'vet bills', builtIn: false, formerNames: [] }]);
  expect(isCategory(db, 'diapers')).toBe(true);
  expect(isCategory(db, 'yachts')).toBe(false);
});

it('refuses a name already taken, built in or not, and records nothing', () => {
  const db = bareLedger();
  addCategory(db, 'diapers');
  const facts = () => db.prepare('SELECT count(*) FROM facts').pluck().get();
  const before = facts();
  for (const name of ['diapers', 'food']) {
    expect(() => addCategory(db, name)).toThrowError(expect.objectContaining({ code: 'NAME_TAKEN', reason: say('ledger.categoryTaken', { name }) }));
  }
  expect(facts()).toBe(before);
  expect(allCategories(db)).toHaveLength(builtIn.length + 1);
});

it('a vault from before the categories money comes in by gains them, each with its fact; a group’s own of the same name stays its own', () => {
  const older = openBareLedgerAtSchema('mutual-ledger-categories-12-', 12);
  // Written as that release wrote it: today's addCategory reads the shown names of schema 16.
  older.db.prepare("INSERT INTO categories (name, built_in) VALUES ('dues', 0)").run();
  appendRowFact(older.db, 'category-added', 'dues');
  closeLedger(older.db);
  const db = openLedger(join(older.folder, 'ledger.sqlite'), older.key);
  try {
    expect(
      allCategories(db)
        .filter((category) => ['donation', 'dues', 'grant', 'refund', 'transfer-in'].includes(category.name))
        .map(({ name, builtIn }) => ({ name, builtIn })),
    ).toEqual([
      { name: 'donation', builtIn: true },
      { name: 'grant', builtIn: true },
      { name: 'refund', builtIn: true },
      { name: 'transfer-in', builtIn: true },
      { name: 'dues', builtIn: false },
    ]);
    const facts = db.prepare("SELECT json_extract(content, '$.name') FROM facts WHERE kind = 'category-added' ORDER BY seq").pluck().all();
    expect(facts.slice(-5)).toEqual(['dues', 'donation', 'grant', 'refund', 'transfer-in']);
  } finally {
    closeLedger(db);
  }
});

it('the entry form offers a contribution the categories money comes in by, a disbursement those it is spent in, and the group’s own to both', () => {
  expect(['donation', 'food', 'other', 'diapers'].filter((name) => categoryFitsKind(name, 'contribution'))).toEqual(['donation', 'other', 'diapers']);
  expect(['donation', 'food', 'other', 'diapers'].filter((name) => categoryFitsKind(name, 'disbursement'))).toEqual(['food', 'other', 'diapers']);
  expect(['donation', 'food'].filter((name) => categoryFitsKind(name, 'fee'))).toEqual(['donation', 'food']);
});
