// A category of the group's own renamed: its entries keep the name they carry (it is in their hashes),
// everything shows the new one, and both names find it. Synthetic data only.
import { join } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { say } from '../../../shared/messages/message.ts';
import { allCategories, renameCategory } from '../../../electron/core/ledger/categories.ts';
import { closeLedger, openLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { appendRowFact, verifyFacts } from '../../../electron/core/ledger/ledgerFacts.ts';
import { periodSummary } from '../../../electron/core/summary/periodSummary.ts';
import type { Ledger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { rejection, type TestTreasury } from '../treasuryFixture.ts';
import { alterBehindTheAppsBack, openBehindTheAppsBack } from './behindTheAppsBack.ts';
import { openBareLedgerAtSchema } from './bareLedger.ts';
import { summariseEntries } from '../../../electron/core/ledger/entryQuery.ts';
import { uninterrupted } from '../../../electron/core/longWork.ts';
import { applyRetention } from '../../../electron/core/retention/applyRetention.ts';
import { writeOnSameConnection } from '../../../electron/core/vault/backgroundWriter.ts';
import { chooseRecommended, fillAcrossMonths, now, retentionLedgers } from '../retention/ledgerAcrossMonths.ts';
import { ledgerWithAccounts } from './ledgerFixture.ts';

const opened: TestTreasury[] = [];
afterEach(async () => {
  for (const test of opened.splice(0)) await test.treasury.close();
});

/** A vault with a category made by a slip ("groceris") and two entries in it, one of them reversed later in a test. */
async function slipLedger() {
  const test = await ledgerWithAccounts();
  opened.push(test);
  const { client, bank } = test;
  await client.categories.add({ name: 'groceris' });
  const first = await client.ledger.record({ kind: 'disbursement', date: '2026-11-02', amount: 4_000, accountId: bank.id, category: 'groceris', recipientCode: 'R-7KQ2MX' });
  await client.ledger.record({ kind: 'contribution', date: '2026-11-01', amount: 10_000, accountId: bank.id });
  await client.ledger.record({ kind: 'disbursement', date: '2026-11-03', amount: 1_500, accountId: bank.id, category: 'food' });
  return { ...test, first };
}

describe('renaming a category of the group’s own', () => {
  it('shows the new name everywhere; the entries keep their hashes; both names find, record and filter it; verify holds', async () => {
    const { client, bank, first, clock } = await slipLedger();
    const before = (await client.ledger.list({})).entries;
    clock.now = new Date('2026-11-21T09:00:00Z');
    expect(await client.categories.rename({ name: 'GROCERIS', to: 'Groceries' })).toEqual({ name: 'groceries', builtIn: false, formerNames: ['groceris'] });
    expect((await client.categories.list({})).filter((category) => !category.builtIn)).toEqual([{ name: 'groceries', builtIn: false, formerNames: ['groceris'] }]);

    const after = (await client.ledger.list({})).entries;
    expect(after.map((entry) => entry.contentHash)).toEqual(before.map((entry) => entry.contentHash));
    expect(after.find((entry) => entry.seq === first.seq)?.category).toBe('groceries');

    // Recorded by either name, the entry carries the stored one: the list shows the new.
    const byNew = await client.ledger.record({ kind: 'disbursement', date: '2026-11-04', amount: 700, accountId: bank.id, category: 'groceries' });
    const byStored = await client.ledger.record({ kind: 'disbursement', date: '2026-11-05', amount: 300, accountId: bank.id, category: 'groceris' });
    expect([byNew.category, byStored.category]).toEqual(['groceries', 'groceries']);
    for (const name of ['groceries', 'groceris', 'Groceries']) {
      expect(
        (await client.ledger.list({ category: name })).entries.map((entry) => entry.seq),
        name,
      ).toEqual([byStored.seq, byNew.seq, first.seq]);
      expect((await client.ledger.summarise({ category: name })).totals, name).toEqual([{ currency: 'USD', moneyIn: 0, moneyOut: 5_000, adjusted: 0 }]);
      // Part of a month from the entries, the whole month from the monthly totals.
      expect((await client.ledger.count({ category: name, from: '2026-11-02', to: '2026-11-04' })).total, name).toBe(2);
      expect((await client.ledger.count({ category: name, from: '2026-11-01', to: '2026-11-30' })).total, name).toBe(3);
    }
    expect((await client.ledger.list({ category: 'food' })).entries).toHaveLength(1);

    // A reversal carries what the original carries.
    const reversal = await client.ledger.reverse({ seq: first.seq });
    expect(reversal.category).toBe('groceries');
    expect((await client.ledger.list({ category: 'groceris' })).entries.map((entry) => entry.seq)).toContain(reversal.seq);
    const verified = await client.ledger.verify({});
    expect(verified.ok).toBe(true);
    expect(verified.factsCheck).toEqual(say('ledger.check.ok'));
  });

  it('renamed back to its stored name is shown as stored again; a name passed through is free again', async () => {
    const test = await ledgerWithAccounts();
    opened.push(test);
    const { client } = test;
    await client.categories.add({ name: 'diapres' });
    await client.categories.rename({ name: 'diapres', to: 'nappies' });
    expect(await client.categories.rename({ name: 'nappies', to: 'diapers' })).toEqual({ name: 'diapers', builtIn: false, formerNames: ['diapres', 'nappies'] });
    // "nappies" was only passed through: another category may have it.
    expect(await client.categories.add({ name: 'nappies' })).toEqual({ name: 'nappies', builtIn: false, formerNames: [] });
    expect(await client.categories.rename({ name: 'diapers', to: 'diapres' })).toEqual({ name: 'diapres', builtIn: false, formerNames: ['nappies', 'diapers'] });
    expect((await client.ledger.verify({})).ok).toBe(true);
  });

  it('refuses a built-in category, a name taken or reserved, the same name and an unknown category, writing nothing', async () => {
    const { client } = await slipLedger();
    await client.categories.rename({ name: 'groceris', to: 'groceries' });
    await client.categories.add({ name: 'diapers' });
    const head = await client.ledger.head({});
    const refusals: Array<[Promise<unknown>, string, unknown]> = [
      [client.categories.rename({ name: 'food', to: 'meals' }), 'NOT_PERMITTED', say('ledger.builtInCategoryFixed', { name: 'food' })],
      [client.categories.rename({ name: 'diapers', to: 'Groceries' }), 'NAME_TAKEN', say('ledger.categoryTaken', { name: 'groceries' })],
      [client.categories.rename({ name: 'diapers', to: 'groceris' }), 'NAME_TAKEN', say('ledger.categoryFirstName', { name: 'groceris', shown: 'groceries' })],
      [client.categories.rename({ name: 'diapers', to: 'rent' }), 'NAME_TAKEN', say('ledger.categoryTaken', { name: 'rent' })],
      [client.categories.rename({ name: 'groceries', to: 'diapers' }), 'NAME_TAKEN', say('ledger.categoryTaken', { name: 'diapers' })],
      [client.categories.rename({ name: 'groceris', to: 'groceries' }), 'INVALID_INPUT', say('ledger.categorySameName', { name: 'groceries' })],
      [client.categories.rename({ name: 'yachts', to: 'boats' }), 'NOT_FOUND', say('ledger.unknownCategory', { category: 'yachts' })],
      [client.categories.add({ name: 'groceris' }), 'NAME_TAKEN', say('ledger.categoryFirstName', { name: 'groceris', shown: 'groceries' })],
      [client.categories.add({ name: 'Groceries' }), 'NAME_TAKEN', say('ledger.categoryTaken', { name: 'groceries' })],
    ];
    for (const [refused, code, reason] of refusals) expect(await rejection(refused)).toMatchObject({ code, reason });
    expect(await rejection(client.categories.rename({ name: 'diapers', to: '  ' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await client.ledger.head({})).toEqual(head);
    expect((await client.categories.list({})).filter((category) => !category.builtIn).map((category) => category.name)).toEqual(['diapers', 'groceries']);
  });

  it('is caught by verify when a shown name is changed, set or cleared behind the app’s back', async () => {
    const test = await slipLedger();
    await test.client.categories.rename({ name: 'groceris', to: 'groceries' });
    const row = say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.category', { name: 'groceris' }) });
    await alterBehindTheAppsBack(test, (db) => db.prepare("UPDATE categories SET shown_as = 'bail money' WHERE name = 'groceris'").run());
    expect((await test.client.ledger.verify({})).factsCheck).toEqual(row);
    await alterBehindTheAppsBack(test, (db) => db.prepare("UPDATE categories SET shown_as = NULL WHERE name = 'groceris'").run());
    expect((await test.client.ledger.verify({})).factsCheck).toEqual(row);
    await alterBehindTheAppsBack(test, (db) => db.prepare("UPDATE categories SET shown_as = 'groceries' WHERE name = 'groceris'").run());
    expect((await test.client.ledger.verify({})).ok).toBe(true);
    await alterBehindTheAppsBack(test, (db) => db.prepare("UPDATE categories SET shown_as = 'meals' WHERE name = 'food'").run());
    expect((await test.client.ledger.verify({})).factsCheck).toEqual(say('ledger.check.rowNotAsRecorded', { row: say('ledger.check.row.category', { name: 'food' }) }));
  });

  it('the CSV of a view, the month’s report, the rules and the auditor’s summary show the new name; rules given either name keep working', async () => {
    const test = await slipLedger();
    const { client, root } = test;
    const rule = await client.rules.add({ contains: 'market', category: 'groceris', direction: 'out' });
    await client.categories.rename({ name: 'groceris', to: 'groceries' });
    expect(await client.rules.list({})).toEqual([{ ...rule, category: 'groceries' }]);
    expect(await client.rules.add({ contains: 'shop', category: 'Groceries' })).toMatchObject({ category: 'groceries' });

    mkdirSync(join(root, 'usb'));
    const path = join(root, 'usb', 'groceries.csv');
    expect((await client.ledger.exportCsv({ category: 'groceries', path })).rows).toBe(1);
    expect(readFileSync(path, 'utf8').split('\r\n')[1]).toContain(',Groceries,R-7KQ2MX,');
    expect((await client.ledger.monthReport({ month: '2026-11' })).currencies[0]?.categories).toEqual([
      { category: 'food', entries: 1, moneyIn: 0, moneyOut: 1_500 },
      { category: 'groceries', entries: 1, moneyIn: 0, moneyOut: 4_000 },
      { category: 'other', entries: 1, moneyIn: 10_000, moneyOut: 0 },
    ]);

    // Every cell shown (one posting is below what the contract lets a summary show): read beside the app.
    const db = (await openBehindTheAppsBack(test.vaultDir)) as unknown as Ledger;
    try {
      const summary = await periodSummary(db, { from: '2026-11', to: '2026-11' }, 1, new Date('2026-12-02T12:00:00Z'));
      const november = summary.months.find((month) => month.currency === 'USD');
      expect(november?.categories.map((row) => row.category)).toContain('groceries');
      expect(november?.categories.map((row) => row.category)).not.toContain('groceris');
      expect(november?.categories.find((row) => row.category === 'groceries')?.moneyOut).toEqual({ count: 1, amount: 4_000 });
    } finally {
      db.close();
    }
  });
});

describe('the schema before category renames (15)', () => {
  it('gains an empty shown name for every category; the group’s own are renamed as in a new vault, and its facts still verify', () => {
    const older = openBareLedgerAtSchema('mutual-ledger-categories-15-', 15);
    older.db.prepare("INSERT INTO categories (name, built_in) VALUES ('groceris', 0)").run();
    appendRowFact(older.db, 'category-added', 'groceris');
    // The bare ledger's account is written without its fact or its key: given them, the facts all verify.
    older.db.prepare("UPDATE payment_accounts SET name_key = 'credit union'").run();
    appendRowFact(older.db, 'account-added', 1);
    expect(older.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('categories')).toEqual(['name', 'built_in']);
    closeLedger(older.db);
    const db = openLedger(join(older.folder, 'ledger.sqlite'), older.key);
    try {
      expect(db.prepare('SELECT count(*) FROM categories WHERE shown_as IS NOT NULL').pluck().get()).toBe(0);
      expect(allCategories(db).find((category) => !category.builtIn)).toEqual({ name: 'groceris', builtIn: false, formerNames: [] });
      expect(renameCategory(db, 'groceris', 'groceries', new Date('2026-11-20T12:00:00Z')).name).toBe('groceries');
      expect(verifyFacts(db).problem).toBeNull();
    } finally {
      closeLedger(db);
    }
  });
});

describe('a category renamed after retention sealed its months', () => {
  const retentionLedger = retentionLedgers();

  it('keeps its totals by the stored name, found and summarised by the name it is shown by now', async () => {
    const { db } = retentionLedger();
    fillAcrossMonths(db);
    chooseRecommended(db);
    const before = summariseEntries(db, { category: 'pantry' });
    await applyRetention(db, writeOnSameConnection(db), now, 'treasurer', uninterrupted);
    const sealed = db.prepare("SELECT min(month) FROM sealed_months WHERE month >= '2024-01'").pluck().get() as string;
    expect(sealed).toBe('2024-01');
    renameCategory(db, 'pantry', 'food bank', now);
    expect(summariseEntries(db, { category: 'food bank' })).toEqual({ ...before, total: expect.any(Number), includesShredded: true });
    // 2024-01 is a month of the pantry's, sealed: its money is in the monthly totals alone.
    const summary = await periodSummary(db, { from: '2024-01', to: '2024-01' }, 1, now);
    const categories = summary.months[0]?.categories ?? [];
    expect(categories.find((row) => row.category === 'food bank')?.moneyIn).toEqual({ count: 1, amount: expect.any(Number) });
    expect(categories.map((row) => row.category)).not.toContain('pantry');
  });
});
