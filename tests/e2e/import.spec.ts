// Importing statements from the treasurer's side: a Venmo statement into the group's Venmo with the
// credit union behind it (the summary, a row flagged as maybe typed in by hand and booked anyway, a
// ledger changed behind the preview refused, the entries in the ledger after), the same file again
// with nothing left to book, a file that is no statement refused with nothing written, a bank's CSV
// read through a column mapping made from it, category rules seen in the preview at once, and a long
// statement dropped on the screen and shown a screenful at a time. Axe in English and Spanish;
// screenshots at 800×600 and 1280×800 go to test-results/screens. Synthetic data only.
import type { Locator, Page } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportPreview } from '../../shared/contract/index.ts';
import { translatorFor } from '../../shared/messages/translator.ts';
import { droppedSentence } from '../../renderer/screens/import/droppedWords.ts';
import { expect, test, type AppUnderTest } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, addVenmo, succeeded } from './support/coreSeed.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, openSection } from './support/setupFlow.ts';

const fixtures = path.join('tests', 'core', 'import', 'fixtures');
const venmoFile = path.join(fixtures, 'venmo.csv');
const bankFile = path.join(fixtures, 'bank.csv');

const sizes = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
] as const;

/** The screen at each size, for people to look at; back to the shell's size after. */
async function shootAtEachSize(page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await saveScreen(page, `${name}-${size.width}`);
  }
  await page.setViewportSize({ width: 1100, height: 820 });
}

async function inspect(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await shootAtEachSize(page, name);
}

async function entryCount(app: AppUnderTest): Promise<number> {
  return (await succeeded<{ total: number }>(app, 'ledger.count', {})).total;
}

/** From the ledger, the import screen. */
async function openImport(page: Page, button = 'Import a statement', heading = 'Import a statement'): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: button }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

const step = (page: Page, name: string): Locator => page.getByRole('region', { name });

/** A script that drops a file with this text on the import screen's drop zone (run in the page: tests compile without the DOM library). */
function dropFile(name: string, text: string): string {
  return `(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/csv' }));
    const zone = document.querySelector('.import-drop');
    for (const type of ['dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  })()`;
}

test('a Venmo statement previewed and booked once, a file that is no statement refused, a bank CSV through a new mapping, and a rule', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const bankId = await addCreditUnion(app);
  const venmoId = await addVenmo(app);
  // Typed in by hand before the statement came: the same day, account and amount as its line 6.
  await succeeded(app, 'ledger.record', { kind: 'disbursement', date: '2026-11-03', amount: 4_000, accountId: venmoId, recipientCode: 'R-HANDTYPED' });

  // The ledger's toolbar opens the import screen in its place; Escape goes back while nothing is chosen.
  await openSection(page, 'Ledger');
  await openImport(page);
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Ledger' })).toHaveAttribute('aria-current', 'page');
  await expect(step(page, 'Step 5: What the import will do')).toContainText('Choose the account and the file');
  await inspect(page, 'import-empty');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('main').getByRole('button', { name: 'Import a statement' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeVisible();

  // Venmo's statement into the Venmo account: the preview's heading takes focus when it comes.
  await openImport(page);
  await page.getByLabel('The statement is of').selectOption({ label: 'Venmo (USD)' });
  await page.getByLabel('Statement file', { exact: true }).setInputFiles(venmoFile);
  const preview = step(page, 'Step 5: What the import will do');
  await expect(page.getByRole('heading', { level: 2, name: 'Step 5: What the import will do' })).toBeFocused();
  await expect(step(page, 'Step 3: How the file is read')).toContainText('Read as a Venmo statement.');

  // The transfers to the credit union and the card payment need the account behind Venmo.
  const linked = step(page, 'Step 4: The linked account');
  await expect(linked).toContainText('Some rows moved money between Venmo and the bank or card behind it');
  const importButton = preview.getByRole('button', { name: /^Import \d+ entr/ });
  await expect(importButton).toHaveAttribute('aria-disabled', 'true');
  await expect(preview.getByText('3 rows need the linked account: choose it in step 4, and the import can go ahead.')).toBeVisible();
  await expect(preview.getByRole('row', { name: /^8 / })).toContainText('Problem');
  await inspect(page, 'import-needs-linked');
  await linked.getByLabel('The bank or card behind Venmo').selectOption({ label: 'Credit union (USD)' });

  // The summary: line 6 is held back as maybe the entry typed by hand.
  const figures = preview.locator('.import-figures');
  await expect(figures.getByRole('definition').first()).toHaveText('5 entries from 4 rows');
  await expect(figures).toContainText('Money in$25.00');
  await expect(figures).toContainText('Money out$12.75');
  await expect(figures).toContainText('To look at1 row');
  await expect(figures).toContainText('Not booked2 rows');
  await expect(figures).toContainText('Problems0 rows');
  await expect(preview.getByText('The file’s own balances agree with its rows: $100.00 at the start, $24.75 at the end.')).toBeVisible();
  // What is dropped, in the screen's words for the core's counts.
  const venmoPreview = await succeeded<ImportPreview>(app, 'import.preview', { text: readFileSync(venmoFile, 'utf8'), accountId: venmoId, linkedAccountId: bankId });
  expect(venmoPreview.dropped.counterparties).toBeGreaterThan(0);
  await expect(preview.getByText(droppedSentence(translatorFor('en'), venmoPreview.dropped))).toBeVisible();
  await expect(preview.getByText('2 rows are not booked:')).toBeVisible();
  const flagged = preview.getByRole('row', { name: /^6 / });
  await expect(flagged).toContainText('Maybe already in the ledger');
  await expect(flagged).toContainText('Entry #1 has the same date, account and amount');
  await expect(preview.getByRole('row', { name: /^7 / })).toContainText('paid from Credit union');
  await expect(importButton).toHaveText('Import 5 entries');
  await expect(importButton).not.toHaveAttribute('aria-disabled', 'true');
  await inspect(page, 'import-venmo-preview');

  // Only the rows to look at, then booked anyway: the preview is worked out again with it.
  await preview.getByRole('button', { name: 'Show only the rows to look at' }).click();
  await expect(preview.getByLabel('Show')).toHaveValue('flagged');
  await expect(preview.getByRole('table', { name: 'Row by row' }).getByRole('row')).toHaveCount(2);
  const bookAnyway = preview.getByRole('checkbox', { name: 'Book it anyway (line 6)' });
  await bookAnyway.check();
  await expect(preview.getByRole('status')).toHaveText('The preview is ready: 6 entries to book.');
  await expect(bookAnyway).toBeChecked();
  await expect(bookAnyway).toBeFocused();
  await expect(preview.getByLabel('Show')).toHaveValue('all');
  await expect(flagged).toContainText('Booked as you chose, though it looked like one already in the ledger.');
  await expect(importButton).toHaveText('Import 6 entries');
  await expectNoAxeViolations(page, 'import, booked anyway');

  // The ledger changes behind the preview (the credit union's side of the transfer of line 8 is
  // recorded): the import refuses to write anything but what was shown, and the preview is worked out again.
  await succeeded(app, 'ledger.record', { kind: 'transfer', date: '2026-11-08', amount: 5_000, accountId: venmoId, toAccountId: bankId });
  await importButton.click();
  await expect(preview.getByRole('alert')).toHaveText('The ledger or the rows chosen changed since the preview, so nothing was imported: look at the preview again.');
  await expect(preview.getByRole('row', { name: /^8 / })).toContainText('Transfer already booked');
  await expect(importButton).toHaveText('Import 5 entries');
  expect(await entryCount(app)).toBe(2);
  await inspect(page, 'import-changed-since-preview');

  // Imported: back to the ledger, which shows the statement's account over the days imported.
  await importButton.click();
  const done = page.getByRole('main').getByText(/^Imported 5 entries, #3 to #7\. The ledger shows Venmo from .+ to .+: clear the filters to see every entry\.$/);
  await expect(done).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeVisible();
  await expect(page.getByLabel('Account', { exact: true })).toHaveValue(String(venmoId));
  await expect(page.getByRole('grid').getByText('Dues for November')).toBeVisible();
  expect(await entryCount(app)).toBe(7);
  await inspect(page, 'import-done-ledger');

  // The same file again: every row is already in the ledger, known by its id, so the linked account is not even asked for.
  await openImport(page);
  await page.getByLabel('The statement is of').selectOption({ label: 'Venmo (USD)' });
  await page.getByLabel('Statement file', { exact: true }).setInputFiles(venmoFile);
  await expect(preview.getByRole('status')).toHaveText('The preview is ready: nothing to book.');
  await expect(linked.getByLabel('The bank or card behind Venmo')).toHaveCount(0);
  await expect(figures).toContainText('Already in the ledger5 rows');
  await expect(preview.getByText('Nothing to import: every row is already in the ledger or not booked.')).toBeVisible();
  await expect(importButton).toHaveAttribute('aria-disabled', 'true');
  // Pressed all the same (it stays in reach, saying why it cannot go ahead): nothing happens.
  await importButton.click({ force: true });
  await expect(preview.getByRole('status')).toHaveText('The preview is ready: nothing to book.');
  expect(await entryCount(app)).toBe(7);
  await shootAtEachSize(page, 'import-again');

  // A file that is no statement: refused in plain words, and a column mapping offered.
  await page.getByLabel('Statement file', { exact: true }).setInputFiles({ name: 'shopping.txt', mimeType: 'text/plain', buffer: Buffer.from('Shopping list\nmilk, eggs, rice\nbeans\n') });
  const format = step(page, 'Step 3: How the file is read');
  await expect(page.getByRole('heading', { level: 2, name: 'Step 3: How the file is read' })).toBeFocused();
  await expect(format.getByRole('alert')).toHaveText(
    'This file is not a statement Mutual Ledger knows: not Venmo, PayPal or Cash App CSV, nor OFX or QFX. For another bank’s CSV, save a column mapping and import with it. Nothing was written.',
  );
  await expect(format.getByRole('button', { name: 'Make a column mapping from this file' })).toBeVisible();
  await expect(preview.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  expect(await entryCount(app)).toBe(7);
  await inspect(page, 'import-not-a-statement');

  // A file over 64 MB is refused before it is read.
  const hugePath = path.join('test-results', 'e2e-import', 'huge-statement.csv');
  mkdirSync(path.dirname(hugePath), { recursive: true });
  writeFileSync(hugePath, '');
  truncateSync(hugePath, 65 * 1024 * 1024);
  await page.getByLabel('Statement file', { exact: true }).setInputFiles(hugePath);
  await expect(step(page, 'Step 2: The statement file').getByRole('alert')).toHaveText(
    'huge-statement.csv is 65.0 MB: a statement can be at most 64 MB. Download a shorter period from the platform or the bank, and import each part.',
  );
  await expect(page.getByLabel('Statement file', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  rmSync(hugePath);

  // The credit union's CSV: no reader knows it, so a column mapping is made from its first rows.
  await page.getByLabel('The statement is of').selectOption({ label: 'Credit union (USD)' });
  await page.getByLabel('Statement file', { exact: true }).setInputFiles(bankFile);
  await expect(format.getByRole('alert')).toContainText('This file is not a statement Mutual Ledger knows');
  await format.getByRole('button', { name: 'Make a column mapping from this file' }).click();
  const mappingForm = page.getByRole('form', { name: 'A new column mapping' });
  const headerRow = mappingForm.getByLabel('The row with the column names');
  await expect(headerRow).toBeFocused();
  await expect(mappingForm.getByRole('region', { name: /The first 8 rows of the file/ }).getByRole('row')).toHaveCount(9);
  // The guesses from the column names and the cells, each checked and set as a treasurer would.
  await expect(headerRow).toHaveValue('2');
  await expect(mappingForm.getByLabel('How the dates are written')).toHaveValue('DD/MM/YYYY');
  await expect(mappingForm.getByLabel('In two columns: money in and money out')).toBeChecked();
  await expect(mappingForm.getByLabel('1.234,56: a comma before the cents')).toBeChecked();
  await mappingForm.getByLabel('Date column').selectOption('Date');
  await mappingForm.getByLabel('Money-in column').selectOption('In');
  await mappingForm.getByLabel('Money-out column').selectOption('Out');
  await mappingForm.getByLabel('Description column (optional)').selectOption('Description');
  await mappingForm.getByLabel('Transaction number column (optional)').selectOption('Reference');
  await mappingForm.getByLabel('Payer or payee column (optional)').selectOption('Payee');
  await mappingForm.getByRole('button', { name: 'Save the column mapping' }).click();
  await expect(mappingForm.getByText('Give the mapping a name, such as the bank’s.')).toBeVisible();
  await expect(mappingForm.getByLabel('Name of the mapping')).toBeFocused();
  await inspect(page, 'import-mapping-form');
  await mappingForm.getByLabel('Name of the mapping').fill('Synthetic CU');
  await mappingForm.getByLabel('Name of the mapping').press('Enter');

  await expect(page.getByRole('heading', { level: 2, name: 'Step 5: What the import will do' })).toBeFocused();
  await expect(format).toContainText('Read as a bank’s CSV, with the column mapping “Synthetic CU”.');
  const mappings = page.getByRole('region', { name: 'Column mappings' });
  await expect(mappings.getByRole('row', { name: /^Synthetic CU/ })).toContainText('the date in “Date” (DD/MM/YYYY); money in from “In”, money out from “Out”');
  const bankRequest = { text: readFileSync(bankFile, 'utf8'), accountId: bankId, format: 'csv', mapping: 'Synthetic CU' };
  const expected = await succeeded<ImportPreview>(app, 'import.preview', bankRequest);
  const english = translatorFor('en');
  await expect(figures.getByRole('definition').first()).toHaveText(
    `${english.words('importScreen.summary.entries', { count: expected.booking.entries })} ${english.words('importScreen.summary.fromRows', { count: expected.counts.book })}`,
  );
  await expect(figures).toContainText(`Money in${english.money(expected.booking.moneyIn, 'USD')}`);
  await expect(preview.getByText(/descriptions from the statement are read for your rules and not kept\.$/)).toBeVisible();
  const grocer = preview.getByRole('row', { name: /^4 / });
  await expect(grocer).not.toContainText('by your rule');

  // A rule: the grocer's row takes its category in the preview at once.
  const rules = page.getByRole('region', { name: 'Category rules' });
  await rules.getByLabel('When the note or description contains').fill('Grocer');
  await rules.getByLabel('Category', { exact: true }).selectOption({ label: 'Food' });
  await rules.getByLabel('For', { exact: true }).selectOption({ label: 'Money out only' });
  await rules.getByRole('button', { name: 'Add the rule' }).click();
  await expect(rules.getByRole('status')).toHaveText('The rule for “Grocer” is added at the end: rows with those words get Food, unless a rule above fits first.');
  await expect(rules.getByRole('listitem')).toHaveText([/^1\. Contains “Grocer”: Food, money out only/]);
  await expect(grocer).toContainText('Category: Food (by your rule)');
  await expect(rules.getByLabel('When the note or description contains')).toBeFocused();

  // A second rule, moved first, then removed: the savings transfer follows each change.
  const savings = preview.getByRole('row', { name: /^6 / });
  await rules.getByLabel('When the note or description contains').fill('savings');
  await rules.getByLabel('Category', { exact: true }).selectOption({ label: 'Utilities' });
  await rules.getByLabel('For', { exact: true }).selectOption({ label: 'Money in or out' });
  await rules.getByLabel('When the note or description contains').press('Enter');
  await expect(savings).toContainText('Category: Utilities (by your rule)');
  await rules.getByRole('button', { name: 'Move up the rule for “savings”' }).click();
  await expect(rules.getByRole('status')).toHaveText('The rule for “savings” is now 1 of 2.');
  await expect(rules.getByRole('listitem')).toHaveText([/^1\. Contains “savings”: Utilities/, /^2\. Contains “Grocer”: Food/]);
  await expect(rules.getByRole('button', { name: 'Move up the rule for “savings”' })).toHaveAttribute('aria-disabled', 'true');
  await inspect(page, 'import-rule-added');
  await rules.getByRole('button', { name: 'Remove the rule for “savings”' }).click();
  await expect(rules.getByRole('status')).toHaveText('The rule for “savings” is removed.');
  await expect(page.getByRole('heading', { level: 2, name: 'Category rules' })).toBeFocused();
  await expect(savings).toContainText('Category: Other');
  await expect(grocer).toContainText('Category: Food (by your rule)');

  await preview.getByRole('button', { name: `Import ${expected.booking.entries} entries` }).click();
  await expect(page.getByRole('main').getByText(/^Imported \d+ entries, #8 to #\d+\. The ledger shows Credit union from/)).toBeFocused();
  expect(await entryCount(app)).toBe(7 + expected.booking.entries);
  const verified = await succeeded<{ ok: boolean }>(app, 'ledger.verify', {});
  expect(verified.ok).toBe(true);

  // The same screen in Spanish, read afresh as the treasurer would have it remembered.
  await succeeded(app, 'settings.chooseLanguage', { language: 'es' });
  await page.reload();
  const spanish = translatorFor('es');
  await expect(page.getByRole('heading', { level: 1, name: spanish.words('dashboardScreen.title') })).toBeVisible();
  await page.getByRole('navigation', { name: 'Secciones' }).getByRole('button', { name: 'Libro', exact: true }).click();
  await openImport(page, 'Importar un extracto', 'Importar un extracto');
  await inspect(page, 'es-import-empty');
  await page.getByLabel('El extracto es de').selectOption({ label: 'Venmo (USD)' });
  // December's statement: the same rows under new transaction ids, so there is something to book.
  const december = readFileSync(venmoFile, 'utf8').replaceAll('90000000000000000', '90000000000000009');
  await page.getByLabel('Archivo del extracto', { exact: true }).setInputFiles({ name: 'venmo-diciembre.csv', mimeType: 'text/csv', buffer: Buffer.from(december) });
  await expect(page.getByRole('heading', { level: 2, name: 'Paso 5: Qué hará la importación' })).toBeFocused();
  await expect(page.getByText('Leído como extracto de Venmo.')).toBeVisible();
  await page.getByLabel('El banco o la tarjeta detrás de Venmo').selectOption({ label: 'Credit union (USD)' });
  await expect(page.getByRole('region', { name: 'Paso 5: Qué hará la importación' }).getByRole('status')).toHaveText(/^La vista previa está lista: /);
  await inspect(page, 'es-import-preview');
  await page.getByLabel('Archivo del extracto', { exact: true }).setInputFiles({ name: 'notas.txt', mimeType: 'text/plain', buffer: Buffer.from('Lista de compras\nleche, huevos\n') });
  await expect(page.getByRole('region', { name: 'Paso 3: Cómo se lee el archivo' }).getByRole('alert')).toContainText('No se escribió nada.');
  await page.getByRole('button', { name: 'Crear una correspondencia de columnas a partir de este archivo' }).click();
  await expect(page.getByLabel('La fila con los nombres de las columnas')).toBeFocused();
  await inspect(page, 'es-import-mapping-form');
  expect(app.internalErrors).toEqual([]);
});

/** A Venmo statement in Venmo's own columns: `count` dues payments of a dollar each over November, from 500 synthetic members. */
function duesStatement(count: number): string {
  const [title, activity, header] = readFileSync(venmoFile, 'utf8').split('\n');
  const rows = Array.from({ length: count }, (_, index) => {
    const id = String(9_100_000_000_000_000_000n + BigInt(index));
    const day = String((index % 28) + 1).padStart(2, '0');
    return `,${id},2026-11-${day}T10:00:00,Payment,Complete,Dues,Synthetic Member ${index % 500},Synthetic Mutual Aid,+ $1.00,,,,Venmo balance,,,,Venmo,,`;
  });
  return [title, activity, header, ...rows].join('\n');
}

/** A new vault with the credit union and Venmo, and `text` dropped on the import screen as Venmo's statement, as from a file manager. */
async function dropOnNewVault(app: AppUnderTest, name: string, text: string): Promise<Page> {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await addCreditUnion(app);
  await addVenmo(app);
  await openSection(page, 'Ledger');
  await openImport(page);
  await page.getByLabel('The statement is of').selectOption({ label: 'Venmo (USD)' });
  // Dropped on the box around the file input.
  await page.evaluate(dropFile(name, text));
  return page;
}

test('a long statement dropped on the screen is shown a screenful of rows at a time', async ({ app }) => {
  const page = await dropOnNewVault(app, 'venmo-long.csv', duesStatement(1_200));
  const preview = step(page, 'Step 5: What the import will do');
  await expect(page.getByRole('heading', { level: 2, name: 'Step 5: What the import will do' })).toBeFocused({ timeout: 30_000 });
  await expect(step(page, 'Step 2: The statement file')).toContainText('Chosen: venmo-long.csv');
  await expect(preview.getByRole('status')).toHaveText('The preview is ready: 1,200 entries to book.', { timeout: 30_000 });
  const table = preview.getByRole('table', { name: 'Row by row' });
  await expect(table).toHaveAttribute('aria-rowcount', '1201');
  const inPage = await table.locator('tbody tr:not(.import-spacer)').count();
  expect(inPage).toBeGreaterThan(3);
  expect(inPage).toBeLessThan(60);
  // The frame scrolls from the keyboard, and the last row comes into the page.
  const frame = preview.getByRole('region', { name: 'Row by row' });
  await frame.focus();
  await page.keyboard.press('End');
  await expect(table.getByRole('row', { name: /^1203 / })).toBeVisible();
  await expectNoAxeViolations(page, 'import, a long statement');
  await shootAtEachSize(page, 'import-long');
  // The window only: a full-page picture does not draw the frame's column names where they stick.
  await page.setViewportSize({ width: 800, height: 600 });
  await frame.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join('test-results', 'screens', 'import-long-frame-800.png') });
  // The ledger's count after the import held back a moment: until it comes, the figures of the empty
  // ledger before are marked busy, and nothing says that no entry matches.
  await page.evaluate(() => {
    const shell = globalThis as unknown as { __treasuryCall: (method: string, input: unknown) => Promise<string> };
    const call = shell.__treasuryCall;
    shell.__treasuryCall = async (method, input) => {
      if (method === 'ledger.count') await new Promise((resolve) => setTimeout(resolve, 1_500));
      return call(method, input);
    };
  });
  await preview.getByRole('button', { name: 'Import 1,200 entries' }).click();
  await expect(page.getByRole('main').getByText(/^Imported 1,200 entries, #1 to #1200\./)).toBeFocused({ timeout: 30_000 });
  const totals = page.locator('.ledger-totals');
  await expect(totals).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByText('No entries match these filters.')).toHaveCount(0);
  await expect(totals).toHaveText(/^1,200 entries match the filters/);
  await expect(totals).toHaveAttribute('aria-busy', 'false');
  expect(app.internalErrors).toEqual([]);
});

test('a large statement counts its rows as the core checks them, then its entries as they are written', async ({ app }) => {
  const page = await dropOnNewVault(app, 'venmo-large.csv', duesStatement(60_000));
  const preview = step(page, 'Step 5: What the import will do');
  const checking = preview.getByRole('progressbar', { name: /^Checking the statement’s rows: [\d,]+ of 60,000$/ });
  await expect(checking).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'import, the rows of a large statement being checked');
  await expect(preview.getByRole('status')).toHaveText('The preview is ready: 60,000 entries to book.', { timeout: 60_000 });
  await expect(checking).toHaveCount(0);

  await preview.getByRole('button', { name: 'Import 60,000 entries' }).click();
  const writing = preview.getByRole('progressbar', { name: /^Writing entries: [\d,]+ of 60,000$/ });
  await expect(writing).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('main').getByText(/^Imported 60,000 entries, #1 to #60000\./)).toBeFocused({ timeout: 60_000 });
  expect(app.internalErrors).toEqual([]);
});
