// Mistakes that are not permanent, by keyboard: an account renamed (its entries follow, the old name
// kept in its history), a category of the group's own renamed, a fund made by a slip archived at once and gone from the entry form, a
// restricted fund refused without its purpose, a correction dated in the month of the mistake, and a
// payout dated before a freeze recorded with a notice. Synthetic data only.
import { format, subDays } from 'date-fns';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { inspectAtEachSize } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';

const day = (ago: number) => format(subDays(new Date(), ago), 'yyyy-MM-dd');

test('a treasurer renames an account and a category, archives a slip of a fund, dates a correction back and sees a freeze notice', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const accountId = await addCreditUnion(app);
  const wrong = await callCore(app, 'ledger.record', { kind: 'contribution', date: day(40), amount: 12_000, accountId, memo: 'Counted twice' });
  expect(wrong.ok).toBe(true);
  expect((await callCore(app, 'categories.add', { name: 'groceris' })).ok).toBe(true);

  // Accounts: rename the credit union; the old name stays in its history.
  await page.keyboard.press('Alt+3');
  await page.getByRole('button', { name: 'Name and archive: Credit union' }).press('Enter');
  const panel = page.getByRole('region', { name: 'Name and archive: Credit union' });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await panel.getByLabel('Name', { exact: true }).fill('Eastside credit union');
  await panel.getByLabel('Name', { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '"Credit union" is now called "Eastside credit union".' })).toBeVisible();
  const renamed = page.getByRole('region', { name: 'Name and archive: Eastside credit union' });
  await expect(renamed.getByRole('listitem').filter({ hasText: /^Credit union, until / })).toBeVisible();
  // It holds money: archiving is explained, not offered.
  await expect(renamed.getByText(/It holds \$120\.00: only an empty account can be archived/)).toBeVisible();
  await inspectAtEachSize(page, 'account-renamed');

  // Funds: a restricted fund needs its purpose; a slip of a fund is archived at once.
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Add a fund' }).press('Enter');
  const addFund = page.getByRole('region', { name: 'Add a fund' });
  await page.keyboard.type('Bial');
  await addFund.getByLabel('Restricted to a purpose').check();
  await addFund.getByRole('button', { name: 'Add the fund' }).press('Enter');
  await expect(addFund.getByText('Say what the money may be spent on')).toBeVisible();
  await expect(addFund.getByLabel('Purpose', { exact: true })).toBeFocused();
  await addFund.getByLabel('Restricted to a purpose').uncheck();
  await addFund.getByRole('button', { name: 'Add the fund' }).press('Enter');
  await page.getByRole('button', { name: 'Name and archive: Bial' }).press('Enter');
  const fundPanel = page.getByRole('region', { name: 'Name and archive: Bial' });
  await fundPanel.getByRole('button', { name: 'Archive', exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '"Bial" is archived.' })).toBeVisible();
  await fundPanel.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(page.getByRole('row', { name: /Bial/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the archived fund' }).press('Enter');
  await expect(page.getByRole('row', { name: /Bial archived/ })).toBeVisible();
  await inspectAtEachSize(page, 'fund-archived');

  // A category of the group's own, made by a slip, renamed; its entry follows, its first name stays with it.
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Alt+4');
  await page.getByRole('button', { name: 'Rename Groceris' }).press('Enter');
  await expect(page.getByLabel('New name for Groceris')).toBeFocused();
  await page.keyboard.type('pantry');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Groceris is now called Pantry.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename Pantry' })).toBeFocused();
  await expect(page.getByRole('rowheader', { name: 'Pantry (formerly groceris)' })).toBeVisible();
  await inspectAtEachSize(page, 'category-renamed');

  // Ledger: the entry shows the new name; the archived fund is not in the form; a contribution starts as a donation.
  await page.keyboard.press('Alt+2');
  const grid = page.getByRole('grid', { name: 'Ledger entries, newest first' });
  await expect(grid.getByRole('row').nth(1)).toContainText('Eastside credit union');
  await expect(page.getByLabel('Category', { exact: true }).locator('option', { hasText: 'Pantry' })).toHaveCount(1);
  await page.keyboard.press('n');
  const form = page.getByRole('region', { name: 'New entry' });
  await expect(form.getByLabel('Fund', { exact: true }).locator('option', { hasText: 'Bial' })).toHaveCount(0);
  await expect(form.getByLabel('Category', { exact: true })).toHaveValue('donation');
  await expect(form.getByLabel('Category', { exact: true }).locator('option', { hasText: 'Food' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Close' }).press('Enter');

  // The mistake is corrected in its own month.
  await grid.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: /^Entry #\d+/ });
  await details.getByRole('button', { name: 'Reverse this entry' }).press('Enter');
  await details.getByLabel(/^The entry’s own date/).check();
  await inspectAtEachSize(page, 'reverse-dated');
  await details.getByRole('button', { name: 'Reverse it' }).press('Enter');
  await expect(details.getByText('This entry was reversed by entry #2.', { exact: false })).toBeFocused();
  const reversal = await callCore(app, 'ledger.list', { limit: 1 });
  expect(reversal).toMatchObject({ ok: true, value: { entries: [{ date: day(40), reversesSeq: 1 }] } });
  await details.getByRole('button', { name: 'Close' }).press('Enter');

  // A payout dated before a freeze is recorded, with a notice.
  expect((await callCore(app, 'ledger.record', { kind: 'contribution', date: day(10), amount: 5_000, accountId })).ok).toBe(true);
  expect((await callCore(app, 'accounts.setStatus', { accountId, status: 'frozen', date: day(2), reason: 'Platform review' })).ok).toBe(true);
  await page.keyboard.press('n');
  await form.getByLabel('Kind', { exact: true }).selectOption('disbursement');
  await form.getByLabel('Date', { exact: true }).fill(day(5));
  await form.getByLabel(/^Amount/).fill('12.00');
  await form.getByRole('button', { name: 'Save entry' }).press('Enter');
  await expect(form.getByText(/Eastside credit union has been frozen since .*, so this happened before that\./)).toBeVisible();
  await inspectAtEachSize(page, 'payout-before-freeze');
});
