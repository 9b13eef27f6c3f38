// Reconciling by keyboard: the statement's date and balance, the entries not cleared yet with a tick
// box each over two pages, tick all, one untick, the unexplained difference recorded as a fee in the
// same step, and the accounts table showing the account matched. Synthetic data only.
import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { inspectAtEachSize } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';

const focused = (page: Page) => page.locator(':focus');

test('a treasurer ticks a statement’s entries, sees what is unexplained go to zero by a fee, and the account shows matched', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });

  // Fifty-two contributions of $10.00, then a payout the statement does not show yet: two pages of entries.
  const accountId = await addCreditUnion(app);
  const day = (ago: number) => format(subDays(new Date(), ago), 'yyyy-MM-dd');
  for (let index = 0; index < 52; index += 1) {
    const recorded = await callCore(app, 'ledger.record', { kind: 'contribution', date: day(30 - Math.floor(index / 2)), amount: 1_000, accountId, memo: `Dues ${index + 1}` });
    expect(recorded.ok).toBe(true);
  }
  expect((await callCore(app, 'ledger.record', { kind: 'disbursement', date: day(1), amount: 2_500, accountId, category: 'food', memo: 'Not on the statement' })).ok).toBe(true);

  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Payment accounts' })).toBeFocused();
  await page.getByRole('button', { name: 'Reconcile Credit union' }).press('Enter');
  const reconcile = page.getByRole('region', { name: 'Reconcile Credit union' });
  const balance = reconcile.getByLabel('Statement balance (USD)', { exact: true });
  await balance.fill('517.50');
  await balance.press('Enter');
  await expect(reconcile.getByRole('heading', { level: 3, name: /^Statement of/ })).toBeFocused();
  await expect(reconcile.getByRole('heading', { level: 4, name: /^53 entries not cleared yet, up to .*: 0 ticked$/ })).toBeVisible();
  const unexplained = reconcile.getByRole('definition').filter({ has: page.locator('strong') });
  await expect(unexplained).toContainText('$517.50');

  // Tick all by keyboard: Space on the box.
  await reconcile.getByRole('checkbox', { name: 'Tick all 53 entries' }).focus();
  await page.keyboard.press('Space');
  await expect(reconcile.getByRole('heading', { level: 4, name: /: 53 ticked$/ })).toBeVisible();
  await expect(unexplained).toContainText('$22.50');

  // The payout is on the second page: untick it there, by keyboard.
  await expect(reconcile.getByText('Entries 1–50 of 53')).toBeVisible();
  await reconcile.getByRole('button', { name: 'Next entries' }).press('Enter');
  await expect(reconcile.getByText('Entries 51–53 of 53')).toBeVisible();
  const payout = reconcile.getByRole('checkbox', { name: 'Entry #53 is on the statement' });
  await payout.focus();
  await page.keyboard.press('Space');
  await expect(payout).not.toBeChecked();
  await expect(reconcile.getByRole('checkbox', { name: 'Tick all 53 entries' })).toHaveJSProperty('indeterminate', true);
  await expect(unexplained).toContainText('-$2.50');
  await expect(reconcile.getByText('The statement shows $2.50 less than the ticked entries', { exact: false })).toBeVisible();

  // The difference: a fee the platform charged, recorded in the same step.
  const fee = reconcile.getByRole('radio', { name: 'Record it as a fee' });
  await fee.focus();
  await page.keyboard.press('Space');
  await expect(fee).toBeChecked();
  await inspectAtEachSize(page, 'reconcile-ticked');

  await reconcile.getByRole('button', { name: 'Finish reconciliation' }).focus();
  await page.keyboard.press('Enter');
  await expect(reconcile.getByText(/^Reconciliation recorded for .*: matched, the difference recorded as entry #54\./)).toBeVisible();
  await expect(focused(page)).toHaveAccessibleName('Statement date');
  const row = page.getByRole('main').getByRole('row', { name: /^Credit union/ });
  await expect(row.getByText('matched')).toBeVisible();
  await inspectAtEachSize(page, 'reconcile-matched');

  // The next statement starts from this one: only the payout is left to tick.
  await balance.fill('492.50');
  await balance.press('Enter');
  await expect(reconcile.getByRole('heading', { level: 4, name: /^1 entry not cleared yet, up to .*: 0 ticked$/ })).toBeVisible();
  await expect(reconcile.getByRole('term').filter({ hasText: /^Reconciled on / })).toBeVisible();
  await reconcile.getByRole('checkbox', { name: 'Entry #53 is on the statement' }).check();
  await expect(reconcile.getByText('Nothing unexplained: the ticked entries match the statement.')).toBeVisible();

  // The ledger marks what the first statement cleared: the dues and the fee, not the payout.
  await page.keyboard.press('Alt+2');
  const grid = page.getByRole('grid', { name: 'Ledger entries, newest first' });
  await expect(grid.getByRole('columnheader', { name: 'Cleared' })).toBeVisible();
  await expect(grid.locator('[data-seq="54"]').getByRole('gridcell', { name: 'Cleared' })).toHaveCount(1);
  await expect(grid.locator('[data-seq="53"]').getByRole('gridcell', { name: 'Cleared' })).toHaveCount(0);
  await expect(grid.locator('[data-seq="52"]').getByRole('gridcell', { name: 'Cleared' })).toHaveCount(1);
  await inspectAtEachSize(page, 'ledger-cleared');
  // One account's view: the mark beside its balance after each entry.
  await page.getByLabel('Account', { exact: true }).selectOption({ label: 'Credit union' });
  await expect(grid.getByRole('columnheader', { name: 'Balance after' })).toBeVisible();
  await expect(grid.locator('[data-seq="54"]').getByRole('gridcell', { name: 'Cleared' })).toHaveCount(1);
  await inspectAtEachSize(page, 'ledger-cleared-account');

  // In Spanish: the same panel, its words and its amounts the language's way.
  await page.getByRole('button', { name: 'Vault', exact: true }).click();
  await page.getByRole('region', { name: 'Language' }).getByRole('radio', { name: 'Español' }).check();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Cuentas de pago' })).toBeFocused();
  await page.getByRole('button', { name: 'Conciliar Credit union' }).press('Enter');
  const conciliar = page.getByRole('region', { name: 'Conciliar Credit union' });
  await conciliar.getByLabel('Saldo del estado de cuenta (USD)', { exact: true }).fill('490,00');
  await conciliar.getByLabel('Saldo del estado de cuenta (USD)', { exact: true }).press('Enter');
  await expect(conciliar.getByRole('heading', { level: 4, name: /^1 movimiento sin conciliar, hasta el .*: 0 marcados$/ })).toBeVisible();
  await conciliar.getByRole('checkbox', { name: 'Marcar el movimiento' }).check();
  await expect(conciliar.getByRole('radio', { name: 'Registrarlos como comisión' })).toBeVisible();
  await inspectAtEachSize(page, 'reconcile-es');
  await page.keyboard.press('Alt+2');
  const libro = page.getByRole('grid', { name: 'Movimientos del libro, del más reciente al más antiguo' });
  await expect(libro.getByRole('columnheader', { name: 'Conciliado' })).toBeVisible();
  await expect(libro.locator('[data-seq="54"]').getByRole('gridcell', { name: 'Conciliado' })).toHaveCount(1);
});
