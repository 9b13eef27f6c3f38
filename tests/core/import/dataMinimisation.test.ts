// Data minimisation at the door: after every synthetic fixture is imported, no counterparty's name,
// username, email or phone number from the files is anywhere the app wrote. Every table and column
// (the full-text index's own tables too) is searched through SQLite with the key; every page of the
// database file and every WAL frame is decrypted and searched outside SQLite; the vault folder's raw
// bytes and the temp folder are searched as they are.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importRequestSchema, type ImportRequest } from '../../../shared/contract/index.ts';
import { addAccount } from '../../../electron/core/accounts/paymentAccounts.ts';
import { applyImport } from '../../../electron/core/import/applyImport.ts';
import { addColumnMapping } from '../../../electron/core/import/columnMappings.ts';
import { readStatement } from '../../../electron/core/import/statementFormats.ts';
import { closeLedger } from '../../../electron/core/vault/ledgerDatabase.ts';
import { noPersonalTies, openBareLedger } from '../ledger/bareLedger.ts';
import { bankMapping } from './bankMapping.ts';
import { decryptedPages, decryptedWalFrames, pagesContainingText } from '../vault/sqlcipherPages.ts';

// SQLite's temporary files, if it ever wrote one, would go here.
const temp = mkdtempSync(join(tmpdir(), 'mutual-ledger-import-temp-'));
process.env.SQLITE_TMPDIR = temp;
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const now = new Date('2026-12-01T12:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Every file under a folder, with its bytes. */
function filesUnder(folder: string): Array<{ path: string; bytes: Buffer }> {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

describe('after importing every kind of statement', () => {
  it('no counterparty, username, email or phone number from the files is anywhere the app wrote', async () => {
    const { db, folder, key } = openBareLedger('mutual-ledger-import-');
    const account = (name: string, kind: 'venmo' | 'paypal' | 'cash-app' | 'bank' | 'credit-union' | 'prepaid-card', currency = 'USD') =>
      addAccount(db, { name, kind, currency, holder: 'organisation', security: noPersonalTies }, now).id;
    const bank = 1;
    const imports: Array<{ file: string; accountId: number; linkedAccountId: number; mapping?: string }> = [
      { file: 'venmo.csv', accountId: account('Venmo', 'venmo'), linkedAccountId: bank },
      { file: 'paypal-long.csv', accountId: account('PayPal', 'paypal'), linkedAccountId: bank },
      { file: 'paypal-short.csv', accountId: account('PayPal personal', 'paypal'), linkedAccountId: bank },
      { file: 'cashapp.csv', accountId: account('Cash App', 'cash-app'), linkedAccountId: bank },
      // The card's statement is in Canadian dollars, and so is the account behind it.
      { file: 'card.ofx', accountId: account('Card', 'prepaid-card', 'CAD'), linkedAccountId: account('Canadian bank', 'bank', 'CAD') },
    ];
    const savings = account('Savings', 'bank');
    imports.push({ file: 'bank-ofx1.ofx', accountId: bank, linkedAccountId: savings }, { file: 'bank-ofx2.qfx', accountId: account('Second bank', 'bank'), linkedAccountId: savings });
    addColumnMapping(db, bankMapping);
    imports.push({ file: 'bank.csv', accountId: account('Third bank', 'credit-union'), linkedAccountId: savings, mapping: bankMapping.name });

    // What the files say about people: each counterparty as the importers read it, and every email, handle and phone number in the text.
    const sensitive = new Set<string>();
    for (const { file, mapping } of imports) {
      const text = fixture(file);
      const { statement } = readStatement(text, file === 'card.ofx' ? 'CAD' : 'USD', mapping === undefined ? undefined : 'csv', mapping === undefined ? undefined : bankMapping);
      for (const line of statement.lines) if (line.counterparty !== null) sensitive.add(line.counterparty);
      for (const found of text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@[\w-]{3,}|\b555[-. ]?01\d\d\b/gu)) sensitive.add(found[0]);
    }
    // The group's own name is in some files, and is not a counterparty's.
    const names = [...sensitive].filter((text) => !/synthetic mutual aid/iu.test(text));
    expect(names.length).toBeGreaterThan(15);

    let booked = 0;
    for (const { file, mapping, ...accounts } of imports) {
      const request = importRequestSchema.parse({ text: fixture(file), ...accounts, ...(mapping === undefined ? {} : { mapping }) } satisfies ImportRequest);
      booked += (await applyImport(db, request, undefined, now)).preview.booking.entries;
    }
    expect(booked).toBeGreaterThan(25);

    // Through SQLite: every value of every row of every table, the full-text index's shadow tables included.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    expect(tables).toContain('entries');
    const found: string[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate() as IterableIterator<unknown[]>) {
        const values = row.map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value)).toLowerCase());
        for (const name of names) if (values.some((value) => value.includes(name.toLowerCase()))) found.push(`${table}: ${name}`);
      }
    }
    expect(found).toEqual([]);
    const memos = db.prepare('SELECT count(*) FROM entries WHERE memo IS NOT NULL').pluck().get() as number;
    expect(memos).toBeGreaterThan(3);

    // Outside SQLite: every page and WAL frame, decrypted; the folder's and the temp folder's raw bytes.
    const pages = [...decryptedPages(join(folder, 'ledger.sqlite'), key), ...decryptedWalFrames(join(folder, 'ledger.sqlite'), key)];
    for (const name of names) expect(pagesContainingText(pages, name), name).toEqual([]);
    const written = [...filesUnder(folder), ...filesUnder(temp)];
    for (const { path, bytes } of written) for (const name of names) expect(bytes.includes(name), `${name} in ${path}`).toBe(false);
    closeLedger(db);
    rmSync(folder, { recursive: true, force: true });
  });
});
