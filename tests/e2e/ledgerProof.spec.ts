import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, openSection } from './support/setupFlow.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';

test('the vault screen shows the chain head to write down, checks the ledger against it, and sets the earliest date', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const call = (method: string, input: unknown) => callCore(app, method, input);
  const accountId = await addCreditUnion(app);
  // A memo that would reorder its line and erase its row if shown raw.
  await call('ledger.record', { kind: 'contribution', date: '2026-01-05', amount: 5_000, accountId, memo: 'dues \u202Eevil\u202C\u001b[2K' });

  await openSection(page, 'Vault');
  const proof = page.getByRole('region', { name: 'Proof of the ledger' });
  const head = proof.locator('code.chain-head').first();
  await expect(head).toHaveText(/^1:\d+:[0-9a-f]{64}$/);
  const written = await head.innerText();
  await proof.getByLabel('An anchor written down earlier (optional)').fill(written);
  await proof.getByLabel('An anchor written down earlier (optional)').press('Enter');
  await expect(proof.getByRole('status')).toHaveText(/^The one entry and \d+ facts check out\. The ledger still extends what was written down\.$/);

  // A chain head this ledger never had: it does not extend it.
  await proof.getByLabel('An anchor written down earlier (optional)').fill(`2:${'0'.repeat(64)}`);
  await proof.getByRole('button', { name: 'Check the ledger' }).click();
  await expect(proof.getByRole('status')).toContainText('Not intact. The ledger does not extend the head written down.');
  await proof.getByLabel('An anchor written down earlier (optional)').fill('not a head');
  await proof.getByRole('button', { name: 'Check the ledger' }).click();
  await expect(proof.getByLabel('An anchor written down earlier (optional)')).toBeFocused();
  await expect(proof.getByRole('alert')).toContainText('Type the anchor as written down');

  const earliest = page.getByRole('region', { name: 'Earliest date' });
  await expect(earliest.getByLabel('Earliest date')).toHaveValue('2000-01-01');
  await earliest.getByLabel('Earliest date').fill('2026-02-01');
  await earliest.getByLabel('Earliest date').press('Enter');
  await expect(earliest.getByRole('alert')).toContainText('already holds something dated 5 Jan 2026');
  await earliest.getByLabel('Earliest date').fill('2026-02-30');
  await earliest.getByLabel('Earliest date').press('Enter');
  await expect(earliest.getByText('That day does not exist on the calendar.')).toBeVisible();
  await earliest.getByLabel('Earliest date').fill('1995-01-01');
  await earliest.getByLabel('Earliest date').press('Enter');
  await expect(earliest.getByRole('status')).toHaveText('Saved. Entries may now be dated from 1 Jan 1995.');
  await expectNoAxeViolations(page, 'vault, proof of the ledger');
  await saveScreen(page, 'vault-ledger-proof');
  // The 64-digit head wraps rather than pushing the page sideways on a small screen.
  await page.setViewportSize({ width: 800, height: 600 });
  await proof.scrollIntoViewIfNeeded();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(800);
  await page.screenshot({ path: 'test-results/screens/vault-ledger-proof-800.png' });
  await page.setViewportSize({ width: 1100, height: 820 });

  // The memo shows its hidden characters as labels, never raw.
  await openSection(page, 'Ledger');
  const row = page.getByRole('grid', { name: 'Ledger entries, newest first' }).getByRole('row').nth(1);
  await expect(row).toContainText('dues ‹U+202E›evil‹U+202C›‹U+001B›[2K');
  await expect(row.locator('bdi')).toHaveCount(1);
  expect(app.internalErrors).toEqual([]);
});
