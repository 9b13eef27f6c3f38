import { expect, it } from 'vitest';
import { addCategory, allCategories, isCategory } from '../../../electron/core/ledger/categories.ts';
import { say } from '../../../shared/messages/message.ts';
import { ledgersClosedAfterEachTest, openBareLedger } from './bareLedger.ts';

// The categories an entry may have: the built-in ones, then the group's own, alphabetically.
const bareLedger = ledgersClosedAfterEachTest(openBareLedger, 'mutual-ledger-categories-');
const builtIn = ['bail', 'food', 'medical', 'other', 'rent', 'transport', 'utilities'].map((name) => ({ name, builtIn: true }));

it('lists the built-in categories, then the group’s own in alphabetical order', () => {
  const db = bareLedger();
  expect(allCategories(db)).toEqual(builtIn);
  expect(addCategory(db, 'vet bills')).toEqual({ name: 'vet bills', builtIn: false });
  addCategory(db, 'diapers');
  expect(allCategories(db)).toEqual([...builtIn, { name: 'diapers', builtIn: false }, { name: 'vet bills', builtIn: false }]);
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
