// The treasurer's daily work, end to end and keyboard first: two payment accounts, entries recorded by
// keyboard, a freeze and the refusal that names the account that could pay instead, a reversal, the
// filtered table, and the dashboard that follows it all. Synthetic data only.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { tabTo } from './support/keyboard.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';

const focused = (page: Page) => page.locator(':focus');

/** A real one-pixel PNG: a synthetic receipt. */
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function inspect(page: Page, screen: string): Promise<void> {
  await expectNoAxeViolations(page, screen);
  await saveScreen(page, screen);
}

async function addAccount(page: Page, fill: (form: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Add an account' }).press('Enter');
  const form = page.getByRole('region', { name: 'Add a payment account' });
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await fill(form);
}

test('a treasurer records money by keyboard, meets a freeze, reverses an entry and filters the ledger', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const main = page.getByRole('main');

  // An empty vault: the dashboard points at the first step.
  await expect(main.getByRole('heading', { level: 2, name: 'Start with the group’s payment accounts' })).toBeVisible();
  await inspect(page, 'dashboard-empty');

  // Backwards from the heading: Lock now, the seven sections, then the skip link, which jumps to the content.
  const backwards = ['Lock now', 'Vault', 'Summary', 'Retention', 'Funds', 'Accounts', 'Ledger', 'Dashboard', 'Skip to main content'];
  for (const name of backwards) {
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page)).toHaveAccessibleName(name);
  }
  await expect(page.getByRole('button', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Enter');
  await expect(main).toBeFocused();
  // A vault never backed up is reminded first; then the first step.
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Back up now');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Add a payment account');

  // Alt+3: the accounts. Two accounts, the second a member's personal Venmo, flagged.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Payment accounts' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Accounts', exact: true })).toHaveAttribute('aria-current', 'page');
  await addAccount(page, async (form) => {
    await page.keyboard.type('Credit union');
    await form.getByLabel('Kind', { exact: true }).selectOption('credit-union');
    await form.getByLabel('Handle (optional)', { exact: true }).fill('0042');
    await form.getByLabel('Two-factor sign-in (MFA) is on', { exact: true }).check();
    await inspect(page, 'accounts-add');
    await form.getByLabel('Handle (optional)', { exact: true }).press('Enter');
  });
  await expect(main.getByText('Credit union is added.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add an account' })).toBeFocused();
  await addAccount(page, async (form) => {
    await page.keyboard.type('Venmo');
    await form.getByLabel('Kind', { exact: true }).selectOption('venmo');
    await form.getByLabel('A member’s personal account, used for the group', { exact: true }).check();
    await form.getByLabel('Tied to a member’s personal phone number', { exact: true }).check();
    await expect(form.getByText('This account will be flagged as tied to a member’s personal details.')).toBeVisible();
    await form.getByLabel('Name', { exact: true }).press('Enter');
  });
  const venmoRow = main.getByRole('row', { name: /^Venmo/ });
  await expect(venmoRow.getByText('Tied to a member')).toBeVisible();
  await expect(main.getByRole('row', { name: /^Credit union/ }).getByText('MFA on')).toBeVisible();

  // Alt+2: the ledger. N opens the entry form at its first field.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeFocused();
  await expect(main.getByText('No entries yet.', { exact: false })).toBeVisible();
  await page.keyboard.press('n');
  const form = page.getByRole('region', { name: 'New entry' });
  await expect(form.getByLabel('Kind', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('contribution');

  // A contribution into the credit union: the amount is read as it is typed.
  await tabTo(page, 'Amount (USD)');
  await page.keyboard.type('1,200.50');
  await expect(form.getByText('Reads as $1,200.50')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(form.getByText(/^Saved entry #1: contribution of \$1,200\.50, Credit union\./)).toBeVisible();
  // Save and next: the amount is cleared and has the cursor; the kind and account stay.
  await expect(form.getByLabel('Amount (USD)', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Amount (USD)', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('contribution');

  // A contribution into Venmo: the account is chosen by typing its first letter.
  await page.keyboard.type('300');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Account');
  await page.keyboard.type('V');
  await expect(form.getByLabel('Account', { exact: true })).toHaveValue(/\d+/);
  await expect(form.getByLabel('Account', { exact: true }).locator('option:checked')).toHaveText('Venmo (USD)');
  await page.keyboard.press('Enter');
  await expect(form.getByText(/^Saved entry #2: contribution of \$300\.00, Venmo\./)).toBeVisible();

  // A mistaken second contribution into Venmo, to reverse later.
  await page.keyboard.type('50');
  await tabTo(page, 'Memo (optional)');
  await page.keyboard.type('Entered twice');
  await page.keyboard.press('Control+Enter');
  await expect(form.getByText(/^Saved entry #3/)).toBeVisible();

  // A disbursement from Venmo, saved with Ctrl+Enter from the memo; the app makes up a recipient code.
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveAccessibleName('Date');
  await page.keyboard.press('Shift+Tab');
  await expect(focused(page)).toHaveAccessibleName('Kind');
  await page.keyboard.type('d');
  await expect(form.getByLabel('Kind', { exact: true })).toHaveValue('disbursement');
  await tabTo(page, 'Amount (USD)');
  await page.keyboard.type('45');
  await tabTo(page, 'Category');
  await page.keyboard.type('f');
  await expect(form.getByLabel('Category', { exact: true })).toHaveValue('food');
  await tabTo(page, 'Memo (optional)');
  await page.keyboard.type('Groceries');
  // A receipt for the reimbursement (a file chooser is the one step no keyboard test can drive).
  await form.getByLabel('Receipt (optional)', { exact: true }).setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng, 'base64') });
  await expect(form.getByText('receipt.png, 70 bytes.')).toBeVisible();
  await form.getByLabel('Memo (optional)', { exact: true }).press('Control+Enter');
  await expect(form.getByText(/^Saved entry #4: disbursement of \$45\.00 to R-[0-9A-Z]{6}, Venmo\./)).toBeVisible();
  await inspect(page, 'ledger-form');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New entry' })).toBeFocused();
  await expect(main.getByText('4 entries in the ledger')).toBeVisible();

  await page.keyboard.press('Alt+3');
  // Reconcile the credit union against its statement: list the entries, tick them, then finish.
  await page.getByRole('button', { name: 'Reconcile Credit union' }).press('Enter');
  const reconcile = page.getByRole('region', { name: 'Reconcile Credit union' });
  await reconcile.getByLabel('Statement balance (USD)', { exact: true }).fill('1,200.50');
  await reconcile.getByLabel('Statement balance (USD)', { exact: true }).press('Enter');
  await expect(reconcile.getByRole('heading', { level: 3, name: /^Statement of/ })).toBeFocused();
  await expect(reconcile.getByRole('heading', { level: 4, name: /^1 entry not cleared yet, up to .*: 0 ticked$/ })).toBeVisible();
  await reconcile.getByRole('checkbox', { name: 'Tick the entry' }).check();
  await expect(reconcile.getByText('Nothing unexplained: the ticked entries match the statement.')).toBeVisible();
  await inspect(page, 'accounts-reconcile');
  await reconcile.getByRole('button', { name: 'Finish reconciliation' }).click();
  await expect(reconcile.getByText(/^Reconciliation recorded for .*: matched\./)).toBeVisible();
  await expect(main.getByRole('row', { name: /^Credit union/ }).getByText('matched')).toBeVisible();

  await page.keyboard.press('Alt+2');
  await expect(main.getByText('4 entries in the ledger')).toBeVisible();
  // The newest entry's details show its receipt, kept encrypted in the vault.
  const grid = page.getByRole('grid', { name: 'Ledger entries, newest first' });
  await grid.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: /^Entry #\d+/ });
  await expect(details.getByRole('heading', { name: 'Entry #4: disbursement' })).toBeFocused();
  await details.getByRole('button', { name: 'Show the receipt' }).press('Enter');
  await expect(details.getByRole('img', { name: 'Receipt for entry #4' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(focused(page)).toContainText('Groceries');

  // Reverse the mistaken entry from its details: the rows, newest first, are reached with the arrow keys.
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toContainText('Entered twice');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('heading', { name: 'Entry #3: contribution' })).toBeFocused();
  await expect(details.getByText(/^[0-9a-f]{8}…[0-9a-f]{8}$/)).toHaveCount(2);
  await details.getByRole('button', { name: 'Reverse this entry' }).press('Enter');
  await expect(details.getByText('Reverse entry #3?', { exact: false })).toBeFocused();
  await inspect(page, 'ledger-details');
  await details.getByLabel('Why (optional)', { exact: true }).fill('Entered twice by mistake');
  await details.getByLabel('Why (optional)', { exact: true }).press('Enter');
  await expect(details.getByText('This entry was reversed by entry #5.', { exact: false })).toBeFocused();
  await expect(details.getByRole('button', { name: 'Reverse this entry' })).toHaveCount(0);
  await details.getByRole('button', { name: 'entry #5' }).click();
  await expect(details.getByRole('heading', { name: 'Entry #5: contribution' })).toBeFocused();
  await expect(details.getByText('This entry is a correction: it reverses entry #3.')).toBeVisible();
  await expect(details.getByText('Entered twice by mistake')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(main.getByText('5 entries in the ledger')).toBeVisible();
  // Focus goes back to the row the details were opened from: entry #3, now third under its reversal.
  await expect(focused(page)).toHaveAttribute('aria-rowindex', '4');
  await expect(focused(page)).toContainText('Entered twice');

  // The platform freezes Venmo, after the mistaken contribution was reversed (a frozen account could not pay it back).
  await page.keyboard.press('Alt+3');
  await page.getByRole('button', { name: 'Status of Venmo' }).click();
  const statusPanel = page.getByRole('region', { name: 'Status of Venmo' });
  await expect(statusPanel.getByRole('heading', { name: 'Status of Venmo' })).toBeFocused();
  await expect(statusPanel.getByLabel('New status', { exact: true })).toHaveValue('frozen');
  await statusPanel.getByLabel('Reason', { exact: true }).fill('Platform review, no notice');
  await statusPanel.getByLabel('Reason', { exact: true }).press('Enter');
  await expect(statusPanel.getByText(/^Venmo is frozen from .*, holding \$255\.00\./)).toBeVisible();
  await expect(statusPanel.getByRole('row', { name: /Frozen Platform review, no notice \$255\.00/ })).toBeVisible();
  await expect(venmoRow.getByText('Frozen', { exact: true })).toBeVisible();
  await expect(venmoRow.getByText('held at the freeze: $255.00')).toBeVisible();
  await expect(main.getByText('$255.00 stuck in frozen accounts.')).toBeVisible();
  await inspect(page, 'accounts-status');
  await statusPanel.press('Escape');
  await expect(page.getByRole('button', { name: 'Status of Venmo' })).toBeFocused();

  // A disbursement from the frozen account is refused, naming the account that could pay instead.
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('n');
  await expect(form.getByLabel('Kind', { exact: true })).toBeFocused();
  await page.keyboard.type('d');
  await tabTo(page, 'Amount (USD)');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('V');
  // The group's own category, added without leaving the form.
  await tabTo(page, 'Add a category');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('New category', { exact: true })).toBeFocused();
  await page.keyboard.type('Diapers');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Category', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Category', { exact: true })).toHaveValue('diapers');
  await page.keyboard.press('Enter');
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('Venmo is frozen on');
  await expect(refusal).toContainText('Nothing was saved.');
  await expect(refusal.getByText('Accounts that could pay instead:')).toBeVisible();
  await expect(refusal.getByRole('listitem')).toHaveText(['Credit union (active, $1,200.50)']);
  await expect(form.getByLabel('Account', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await inspect(page, 'ledger-form-refused');
  await page.keyboard.press('Escape');
  await expect(main.getByText('5 entries in the ledger')).toBeVisible();

  // Filter by account, then by memo: the count and the totals follow.
  const totals = main.getByRole('status').filter({ hasText: /entr(y|ies)/ });
  // A reversal takes away from the side of what it reverses: the cancelled $50.00 contribution is not money in, nor money out.
  await expect(totals).toContainText('In $1,500.50');
  await expect(totals).toContainText('Out $45.00');
  await main.getByLabel('Account', { exact: true }).selectOption({ label: 'Venmo' });
  await expect(totals).toContainText('4 entries match the filters');
  await expect(totals).toContainText('In $300.00');
  await main.getByLabel('Memo contains', { exact: true }).fill('grocer');
  await expect(totals).toContainText('1 entry matches the filters');
  await expect(totals).toContainText('Out $45.00');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await inspect(page, 'ledger-filtered');
  await main.getByRole('button', { name: 'Clear the filters' }).press('Enter');
  await expect(totals).toContainText('5 entries in the ledger');
  // The button is gone with the filters: focus goes to the first filter, not to the top of the page.
  await expect(main.getByRole('textbox', { name: 'From' })).toBeFocused();

  // The dashboard has followed: this month, balances, and the money stuck in the frozen account.
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(main.getByRole('heading', { level: 2, name: '$255.00 stuck in frozen accounts' })).toBeVisible();
  const month = main.getByRole('region', { name: 'This month' });
  await expect(month).toContainText('In $1,500.50');
  await expect(month).toContainText('Out $45.00');
  const accounts = main.getByRole('region', { name: 'Accounts' });
  await expect(accounts.getByRole('row', { name: 'Credit union Active $1,200.50' })).toBeVisible();
  await expect(accounts.getByRole('row', { name: 'Venmo Frozen $255.00' })).toBeVisible();
  await expect(main.getByText(/82% of the group’s USD is in Credit union/)).toBeVisible();
  await main.getByRole('button', { name: 'Show the figures as a table' }).click();
  await expect(
    main
      .getByRole('table', { name: /Money in and out each month/ })
      .getByRole('row')
      .last(),
  ).toContainText('$1,500.50');
  await inspect(page, 'dashboard');

  // Funds: a restricted bail fund.
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Add a fund' }).press('Enter');
  const fundForm = page.getByRole('region', { name: 'Add a fund' });
  await expect(fundForm.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Bail fund');
  await fundForm.getByLabel('Restricted to a purpose', { exact: true }).check();
  await fundForm.getByLabel('Purpose', { exact: true }).fill('Bail only');
  await inspect(page, 'funds-add');
  await fundForm.getByLabel('Purpose', { exact: true }).press('Enter');
  await expect(main.getByText('Bail fund is added.')).toBeVisible();
  await expect(main.getByRole('row', { name: /Bail fund restricted Bail only/ })).toBeVisible();
  await inspect(page, 'funds');
  expect(app.internalErrors).toEqual([]);
});
