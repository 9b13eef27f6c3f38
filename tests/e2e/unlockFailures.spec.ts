import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import type { PageWithTreasury } from './support/pageTreasury.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, lockNow, treasurerPassphrase } from './support/setupFlow.ts';

test('a wrong passphrase is refused, and each retry waits longer, even across a reload', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await lockNow(page);

  const passphrase = page.getByLabel('Passphrase');
  const unlock = page.getByRole('button', { name: 'Unlock', exact: true });
  await expect(passphrase).toBeFocused();

  await passphrase.fill('not the passphrase at all');
  await passphrase.press('Enter');
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(unlock).toBeEnabled({ timeout: 5_000 });

  // Second failure: a two-second wait, shown as a live countdown with the button disabled.
  await passphrase.fill('still not the passphrase');
  await passphrase.press('Enter');
  await expect(page.getByText(/You can try again in [12] seconds?\./)).toBeVisible();
  await expect(unlock).toBeDisabled();
  // Asking the core directly during the wait is refused too: the backoff is the core's, not the screen's.
  // Asked at once, before the slower checks below, so the two-second wait cannot run out first on a busy machine.
  const early = await page.evaluate(() => (globalThis as unknown as PageWithTreasury).treasury.vault.unlock({ passphrase: 'orchard lantern velvet migrate canoe' }));
  expect(early.ok).toBe(false);
  if (!early.ok) {
    expect(early.error.code).toBe('UNLOCK_BACKOFF');
    expect(early.error.retryAfterSeconds).toBeGreaterThan(0);
  }
  await expectNoAxeViolations(page, 'unlock with a wrong passphrase');
  await saveScreen(page, 'unlock-wrong-passphrase');

  await expect(unlock).toBeEnabled({ timeout: 5_000 });

  // Third failure waits four seconds; a reload (as after a restart) still shows the wait.
  await passphrase.fill('a third wrong guess');
  await passphrase.press('Enter');
  await expect(page.getByText(/You can try again in \d seconds?\./)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/You can try again in \d seconds?\./)).toBeVisible();
  await expect(unlock).toBeDisabled();
  await expect(unlock).toBeEnabled({ timeout: 10_000 });

  await passphrase.fill(treasurerPassphrase);
  await passphrase.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(app.internalErrors).toEqual([]);
});

test('the recovery code opens the vault and leads to setting a new passphrase', async ({ app }) => {
  const { page } = app.shell;
  const { recoveryCode } = await completeSetup(page, { totp: false });
  await lockNow(page);

  await page.getByRole('button', { name: 'Use the recovery code instead' }).click();
  const codeField = page.getByLabel('Recovery code');
  await expect(codeField).toBeFocused();
  await codeField.fill(recoveryCode.toLowerCase().replace(/-/g, ' '));
  await codeField.press('Enter');

  // After a recovery-code unlock the app opens on the Vault, where the new passphrase is set.
  await expect(page.getByRole('heading', { level: 1, name: 'Vault', exact: true })).toBeFocused();
  await expect(page.getByText('You opened the vault with the recovery code.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Recovery code/ })).toContainText('used to unlock');
  await expectNoAxeViolations(page, 'vault after a recovery-code unlock');
  await saveScreen(page, 'vault-after-recovery');

  const newPassphrase = 'kettle meadow fossil harbour quartz';
  await page.getByRole('button', { name: 'Set a new passphrase' }).click();
  const newPassphraseField = page.getByRole('textbox', { name: 'New passphrase', exact: true });
  await expect(newPassphraseField).toBeFocused();
  await newPassphraseField.fill(newPassphrase);
  await page.getByLabel('Type the new passphrase again').fill(newPassphrase);
  await page.getByLabel('Type the new passphrase again').press('Enter');
  await expect(page.getByText('Your passphrase is changed. Use the new one next time you unlock.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('You opened the vault with the recovery code.')).toHaveCount(0);

  await lockNow(page);
  await page.getByLabel('Passphrase').fill(treasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByText('That passphrase does not open this vault.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({ timeout: 5_000 });
  await page.getByLabel('Passphrase').fill(newPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});
