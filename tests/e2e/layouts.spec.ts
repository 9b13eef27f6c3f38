// Every section holds its shape from 800×600 to 1920×1080: nothing is cut off or pushed past the
// main area's edge, the ledger keeps every column, and its Kind column shows the correction and
// reversed markers whole. Screenshots at each size go to test-results/screens. Synthetic data only.
import type { Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, openSection } from './support/setupFlow.ts';

const sizes = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Whatever in the main area is cut off: text wider than its box, or a control or table past the main
 * area's right edge. Run in the page, as a script (the tests are typed for Node, not the DOM).
 */
const cutOffInPage = `(() => {
  const found = [];
  const main = document.querySelector('main');
  if (main === null) return ['no main'];
  if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
  const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
  for (const control of main.querySelectorAll('button, a, input, select, table, [role="grid"]')) {
    const box = control.getBoundingClientRect();
    if (box.width > 0 && box.right > edge + 0.5) found.push(control.tagName + ' "' + control.textContent.trim().slice(0, 40) + '" ends at ' + Math.round(box.right) + ', past ' + Math.round(edge));
  }
  for (const cell of main.querySelectorAll('[role="gridcell"], [role="columnheader"], td, th')) {
    // A long memo may end in an ellipsis: the entry's details show it whole. Nothing else may be cut.
    if (getComputedStyle(cell).display === 'none') found.push('hidden column: ' + cell.textContent.trim());
    else if (cell.scrollWidth > cell.clientWidth + 1 && !cell.classList.contains('memo')) found.push('cut text: ' + cell.textContent.trim());
  }
  return found;
})()`;

function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(cutOffInPage);
}

test('every section holds from 800×600 to 1920×1080', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const call = (method: string, input: unknown) => callCore(app, method, input);
  const accountId = await addCreditUnion(app);
  await call('accounts.add', {
    name: 'Venmo (treasurer)',
    kind: 'venmo',
    currency: 'USD',
    holder: 'organisation',
    security: { mfa: true, personalPhone: false, personalName: false, personalCard: false },
  });
  await call('ledger.record', { kind: 'contribution', date: '2026-11-02', amount: 120_000, accountId, memo: 'Monthly pledges from the solidarity circle' });
  const mistaken = await call('ledger.record', { kind: 'contribution', date: '2026-11-03', amount: 5_000, accountId, memo: 'Entered twice' });
  if (!mistaken.ok) throw new Error(mistaken.error.message);
  await call('ledger.reverse', { seq: (mistaken.value as { seq: number }).seq, memo: 'Entered twice by mistake' });
  await call('ledger.record', { kind: 'disbursement', date: '2026-11-04', amount: 45_000, accountId, category: 'rent', recipientCode: 'R-AAA1', memo: 'Rent help for November' });

  for (const size of sizes) {
    await page.setViewportSize(size);
    await openSection(page, 'Ledger');
    await expect(page.getByRole('main').getByText('4 entries in the ledger')).toBeVisible();
    await expect(page.getByRole('grid').getByRole('row', { name: /Contribution correction/ })).toBeVisible();
    await saveScreen(page, `ledger-${size.width}`);
    await expectNoAxeViolations(page, `ledger at ${size.width}`);
    // Scrolling sideways or not, Tab from the last filter reaches the table's first row.
    await page.getByLabel('Memo contains', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('[role="row"]:focus')).toHaveAttribute('aria-rowindex', '2');
    expect(await cutOff(page), `ledger at ${size.width}×${size.height}`).toEqual([]);

    await openSection(page, 'Accounts');
    await expect(page.getByRole('button', { name: 'Status of Venmo (treasurer)' })).toBeVisible();
    await saveScreen(page, `accounts-${size.width}`);
    await expectNoAxeViolations(page, `accounts at ${size.width}`);
    expect(await cutOff(page), `accounts at ${size.width}×${size.height}`).toEqual([]);

    for (const section of ['Dashboard', 'Funds', 'Vault'] as const) {
      await openSection(page, section);
      await saveScreen(page, `${section.toLowerCase()}-${size.width}`);
      await expectNoAxeViolations(page, `${section} at ${size.width}`);
      expect(await cutOff(page), `${section} at ${size.width}×${size.height}`).toEqual([]);
    }
  }
  expect(app.internalErrors).toEqual([]);
});
