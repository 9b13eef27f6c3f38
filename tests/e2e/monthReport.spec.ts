// A month's report for the meeting, from the dashboard: the month chosen, per currency the money per
// category, each fund and account from opening to closing balance, printed alone on the page, in
// English and Spanish, by keyboard. Synthetic data only, in a month long past so its figures are fixed.
import type { Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, succeeded } from './support/coreSeed.ts';
import { inspectAtEachSize, saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';
import { countPrints, printsMade } from './support/printing.ts';

const organisation = { holder: 'organisation', security: { mfa: true, personalPhone: false, personalName: false, personalCard: false } };

function table(page: Page, name: string) {
  return page.getByRole('main').getByRole('table', { name });
}

test('the month’s report: chosen by month, its tables adding up, printed without the app around it, and in Spanish', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const call = (method: string, input: unknown) => succeeded<{ id: number }>(app, method, input);
  const bank = await addCreditUnion(app);
  const cash = await call('accounts.add', { name: 'Caja', kind: 'cash-box', currency: 'EUR', ...organisation });
  const bail = await call('funds.add', { name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
  await call('ledger.record', { kind: 'contribution', date: '2026-09-15', amount: 100_000, accountId: bank, category: 'grant' });
  await call('ledger.record', { kind: 'contribution', date: '2026-10-03', amount: 25_000, accountId: bank, fundId: bail.id, category: 'donation' });
  await call('ledger.record', { kind: 'disbursement', date: '2026-10-05', amount: 12_345, accountId: bank, category: 'rent' });
  await call('ledger.record', { kind: 'transfer', date: '2026-10-10', amount: 20_000, accountId: bank, toAccountId: bank, toFundId: bail.id });
  await call('ledger.record', { kind: 'contribution', date: '2026-10-20', amount: 4_000, accountId: cash.id, category: 'dues' });
  await call('accounts.setStatus', { accountId: bank, status: 'frozen', date: '2026-10-25', reason: 'Platform review' });

  // From the dashboard's month card, by keyboard.
  await page.setViewportSize({ width: 1280, height: 800 });
  // The dashboard drawn at setup, before the data, is drawn again.
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Alt+1');
  const open = page.getByRole('button', { name: 'Month’s report…' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Report for / })).toBeFocused();
  await expect(page.getByText(/^This month so far: up to /)).toBeVisible();

  await page.getByLabel('Month', { exact: true }).fill('2026-10');
  await expect(page.getByRole('heading', { level: 1, name: 'Report for October 2026' })).toBeVisible();
  await expect(page.getByText(/^This month so far:/)).toHaveCount(0);
  const usd = page.getByRole('region', { name: 'In USD' });
  await expect(usd.getByText('3 entries in USD.')).toBeVisible();
  const categories = usd.getByRole('table', { name: 'By category' });
  await expect(categories.getByRole('row', { name: /Donation 1 \$250\.00 \$0\.00/ })).toBeVisible();
  await expect(categories.getByRole('row', { name: /Rent 1 \$0\.00 \$123\.45/ })).toBeVisible();
  await expect(categories.getByRole('row', { name: /Total 3 \$250\.00 \$123\.45/ })).toBeVisible();
  const funds = usd.getByRole('table', { name: 'Funds' });
  await expect(funds.getByRole('row', { name: /General \$1,000\.00 \$0\.00 \$123\.45 \$0\.00 -\$200\.00 \$676\.55/ })).toBeVisible();
  await expect(funds.getByRole('row', { name: /Bail fund restricted \$0\.00 \$250\.00 \$0\.00 \$0\.00 \$200\.00 \$450\.00/ })).toBeVisible();
  await expect(funds.getByRole('row', { name: /Total \$1,000\.00 \$250\.00 \$123\.45 \$0\.00 \$0\.00 \$1,126\.55/ })).toBeVisible();
  const accounts = usd.getByRole('table', { name: 'Payment accounts' });
  await expect(accounts.getByRole('row', { name: /Credit union Frozen \$1,000\.00 \$250\.00 \$123\.45 \$0\.00 \$0\.00 \$1,126\.55/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In EUR' }).getByRole('table', { name: 'Payment accounts' })).toContainText('€40.00');
  await inspectAtEachSize(page, 'month-report');

  // A month with nothing in it says so.
  await page.getByLabel('Month', { exact: true }).fill('2026-08');
  await expect(page.getByText('Nothing was recorded in August 2026, and no fund or account held money.')).toBeVisible();
  await page.getByLabel('Month', { exact: true }).fill('2026-10');
  await expect(page.getByRole('heading', { level: 1, name: 'Report for October 2026' })).toBeVisible();

  // Print: the system's dialog (counted here instead of opened), and on paper the report alone.
  await countPrints(page);
  await page.getByRole('button', { name: 'Print the report…' }).click();
  await expect.poll(() => printsMade(page)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByLabel('Month', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back to the dashboard' })).toBeHidden();
  await expect(page.getByText(/^Printed on /)).toBeVisible();
  await expect(table(page, 'Funds').first()).toBeVisible();
  await saveScreen(page, 'month-report-print');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText(/^Printed on /)).toBeHidden();

  // Back to the dashboard, then the same report in Spanish.
  await page.getByRole('button', { name: 'Back to the dashboard' }).click();
  await expect(open).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Vault', exact: true }).click();
  await page.getByRole('region', { name: 'Language' }).getByRole('radio', { name: 'Español' }).check();
  await page.keyboard.press('Alt+1');
  await page.getByRole('button', { name: 'Informe del mes…' }).click();
  await page.getByLabel('Mes', { exact: true }).fill('2026-10');
  await expect(page.getByRole('heading', { level: 1, name: 'Informe de octubre de 2026' })).toBeVisible();
  const fondos = page.getByRole('region', { name: 'En USD' }).getByRole('table', { name: 'Fondos' });
  await expect(fondos.getByRole('columnheader', { name: 'Saldo inicial' })).toBeVisible();
  await expect(fondos.getByRole('row', { name: /Total 1000,00 US\$/ })).toBeVisible();
  await inspectAtEachSize(page, 'es-month-report');
  expect(app.internalErrors).toEqual([]);
});
