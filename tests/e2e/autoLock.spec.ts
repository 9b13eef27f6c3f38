import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import type { PageWithTreasury } from './support/pageTreasury.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';

test('the vault locks itself after a short idle and says why', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });

  const result = await page.evaluate(() => (globalThis as unknown as PageWithTreasury).treasury.vault.setAutoLock({ seconds: 10 }));
  expect(result.ok).toBe(true);
  // Something only this page's memory holds: after the lock it must be gone, because the page was thrown away.
  await page.evaluate(() => Object.assign(globalThis, { heldInMemory: 'ledger data' }));
  const lockedBefore = Date.now();

  // Nobody touches the keyboard: the core's idle timer locks the vault and the shell reloads the page.
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - lockedBefore).toBeGreaterThan(8_000);
  await expect(page.getByText(/Locked at \d\d:\d\d because the app was not used for a while\./)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  expect(await page.evaluate(() => 'heldInMemory' in globalThis)).toBe(false);
  await expectNoAxeViolations(page, 'unlock after idle');
  await saveScreen(page, 'unlock-after-idle');
});

test('activity at the keyboard keeps the vault open, and it locks once the keys stop', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await page.evaluate(() => (globalThis as unknown as PageWithTreasury).treasury.vault.setAutoLock({ seconds: 20 }));

  // The screen reports activity at most every 15 s, which is enough to keep a 20 s timer from firing.
  for (let second = 0; second < 32; second += 4) {
    await page.keyboard.press('Shift');
    await page.waitForTimeout(4_000);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible({ timeout: 40_000 });
  await expect(page.getByText(/because the app was not used for a while/)).toBeVisible();
});
