// The ledger taken to a meeting: the bail fund's history with its running balance, printed (every
// row, under a heading saying what it is, without the app around it), and written to a CSV file,
// not encrypted only after a plain warning, or encrypted with age for the reader. Synthetic data only.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, succeeded } from './support/coreSeed.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';
import { countPrints, printsMade } from './support/printing.ts';

const grid = (page: Page) => page.getByRole('grid', { name: 'Ledger entries, newest first' });

async function shootAtEachSize(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 800, height: 600 },
  ]) {
    await page.setViewportSize(size);
    await saveScreen(page, `${name}-${size.width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the bail fund’s history: filtered, with its running balance, printed, and exported as CSV plain and encrypted', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const call = (method: string, input: unknown) => succeeded<{ id: number }>(app, method, input);
  const bank = await addCreditUnion(app);
  const bail = await call('funds.add', { name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
  await call('ledger.record', { kind: 'contribution', date: '2026-10-01', amount: 100_000, accountId: bank, memo: 'Monthly pledges' });
  await call('ledger.record', { kind: 'transfer', date: '2026-10-02', amount: 40_000, accountId: bank, toAccountId: bank, toFundId: bail.id });
  await call('ledger.record', { kind: 'contribution', date: '2026-10-03', amount: 5_000, accountId: bank, fundId: bail.id, memo: '=cmd|/C calc' });
  await call('ledger.record', { kind: 'disbursement', date: '2026-11-04', amount: 12_500, accountId: bank, fundId: bail.id, category: 'bail', recipientCode: 'R-AAA1', memo: 'Bail for A.' });
  // October's statement showed the pledge at the bail fund's address (entry 3), cleared in the printed view and the CSV file.
  await call('accounts.reconcile', { accountId: bank, date: '2026-10-31', statementBalance: 5_000, cleared: [3] });

  // The fund filter: its three entries, each with the fund's balance after it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('main').getByText('4 entries in the ledger')).toBeVisible();
  await expect(grid(page).getByRole('columnheader', { name: 'Balance after' })).toHaveCount(0);
  await page.getByLabel('Fund', { exact: true }).selectOption({ label: 'Bail fund' });
  await expect(page.getByRole('main').getByText('3 entries match')).toBeVisible();
  await expect(grid(page).getByRole('columnheader', { name: 'Balance after' })).toBeVisible();
  const rows = grid(page).locator('[data-seq]');
  await expect(rows.nth(0)).toContainText('Bail for A.');
  await expect(rows.nth(0).locator('.balance')).toHaveText('$325.00');
  await expect(rows.nth(1).locator('.balance')).toHaveText('$450.00');
  await expect(rows.nth(2).locator('.balance')).toHaveText('$400.00');
  await expectNoAxeViolations(page, 'ledger filtered to a fund');
  await shootAtEachSize(page, 'ledger-meeting-fund');

  // Print: every row of the view, then the system's dialog (counted here instead of opened).
  await countPrints(page);
  await page.getByRole('button', { name: 'Print this view…' }).click();
  await expect.poll(() => printsMade(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.ledger-print');
  await expect(printed.getByRole('heading', { name: 'History of the fund Bail fund' })).toBeVisible();
  await expect(printed).toContainText('All dates');
  await expect(printed).toContainText('Opening balance: $0.00');
  await expect(printed).toContainText('Closing balance: $325.00');
  await expect(printed.locator('tbody tr')).toHaveCount(3);
  await expect(printed.getByRole('columnheader', { name: 'Cleared' })).toBeVisible();
  await expect(printed.locator('tbody tr').nth(1).getByRole('cell', { name: '✓' })).toBeVisible();
  await expect(printed.locator('tbody tr').nth(0).getByRole('cell', { name: '✓' })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(grid(page)).toBeHidden();
  await saveScreen(page, 'ledger-meeting-print');
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toBeHidden();

  // CSV, not encrypted: refused until the warning is acknowledged.
  const folder = path.dirname(app.vaultDir);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await page.getByLabel('Save as (the file’s full path)').fill(path.join(folder, 'bail.csv'));
  await page.getByLabel('Do not encrypt the file').check();
  await expect(page.getByText('This file is not encrypted: anyone with the file can read every memo')).toBeVisible();
  await expectNoAxeViolations(page, 'exporting a view as CSV, not encrypted');
  await shootAtEachSize(page, 'ledger-meeting-export-plain');
  await page.getByRole('button', { name: 'Write the file' }).click();
  await expect(page.getByText('Tick that you understand the file is not encrypted, or choose to encrypt it.')).toBeVisible();
  await expect(page.getByLabel('I understand that the file is not encrypted')).toBeFocused();
  await page.getByLabel('I understand that the file is not encrypted').check();
  await page.getByRole('button', { name: 'Write the file' }).click();
  await expect(page.getByText(`3 entries written to ${path.join(folder, 'bail.csv')}.`)).toBeVisible();
  await expect(page.getByText('The file is not encrypted.')).toBeVisible();
  const csv = readFileSync(path.join(folder, 'bail.csv'), 'utf8').split('\r\n');
  expect(csv[0]).toMatch(/,Cleared,Balance after$/);
  expect(csv[2]).toBe('3,2026-10-03,Contribution,50,USD,Credit union,,Bail fund,,Other,,"\'=cmd|/C calc",,,yes,450');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Export CSV…' })).toBeFocused();

  // CSV encrypted with age to the reader's recipient: Debian's age opens it with their key.
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await page.getByLabel('Save as (the file’s full path)').fill(path.join(folder, 'bail.csv.age'));
  await page.getByLabel('Encrypt the file with age, to the reader’s recipient (age1… or age1pq1…)').check();
  await page.getByLabel('The reader’s age recipient').fill(recipient);
  await expectNoAxeViolations(page, 'exporting a view as CSV, encrypted');
  await shootAtEachSize(page, 'ledger-meeting-export-age');
  await page.getByRole('button', { name: 'Write the file' }).click();
  await expect(page.getByText(`3 entries written to ${path.join(folder, 'bail.csv.age')}.`)).toBeVisible();
  await expect(page.getByText(/Encrypted with age to the recipient whose fingerprint is/)).toBeVisible();
  const key = path.join(folder, 'reader-key.txt');
  writeFileSync(key, `${identity}\n`, { mode: 0o600 });
  expect(execFileSync('age', ['-d', '-i', key, path.join(folder, 'bail.csv.age')]).toString('utf8')).toBe(readFileSync(path.join(folder, 'bail.csv'), 'utf8'));
  await shootAtEachSize(page, 'ledger-meeting-export-done');
  expect(app.internalErrors).toEqual([]);
});
