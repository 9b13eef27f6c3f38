import type { Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import type { PageWithTreasury } from './support/pageTreasury.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, lockNow, openSection, treasurerPassphrase } from './support/setupFlow.ts';
import { totpCode } from './support/totpCodes.ts';

test('a treasurer sets up the vault with TOTP, locks it, and unlocks it with the passphrase and a code', async ({ app }) => {
  const { page } = app.shell;
  const inspect = async (screen: string) => {
    await expectNoAxeViolations(page, screen);
    await saveScreen(page, screen);
  };

  const created = await completeSetup(page, { totp: true, retention: 'recommended', inspect });
  expect(created.totpSecret).toBeDefined();

  // The schedule chosen at setup is the one in force, recorded once.
  await openSection(page, 'Retention');
  const schedule = page.getByRole('region', { name: 'The schedule' });
  await expect(schedule.getByRole('row', { name: /^Memos .* 90\sdays$/ })).toBeVisible();
  await expect(schedule.getByText('The group has not chosen a schedule yet', { exact: false })).toHaveCount(0);
  await expect(schedule.getByRole('table', { name: 'Changes to the schedule' }).getByRole('row')).toHaveCount(2);

  // The Vault section shows the real facts of the vault just made.
  await openSection(page, 'Vault');
  const main = page.getByRole('main');
  await expect(main.getByText(app.vaultDir, { exact: true })).toBeVisible();
  await expect(main.getByRole('rowheader', { name: 'Treasurer’s passphrase' })).toBeVisible();
  await expect(main.getByRole('rowheader', { name: 'Recovery code' })).toBeVisible();
  // The Argon2id settings are technical: they wait behind a disclosure, opened from the keyboard.
  const keySlots = main.getByRole('region', { name: 'Keys that open the vault' });
  await keySlots.getByText('Technical details').focus();
  await page.keyboard.press('Enter');
  await expect(keySlots.getByText(/64 MiB memory, 3 iterations/).first()).toBeVisible();
  await expect(main.getByText('10 backup codes are left', { exact: false })).toBeVisible();
  await expect(main.getByLabel('Lock the app when it has not been used for')).toHaveValue('300');
  await expect(main.locator('.fingerprint')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}\s*$/);
  await inspect('vault');

  await lockNow(page);
  await expect(page.getByText(/You locked the vault at \d\d:\d\d\./)).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toHaveValue('');
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await inspect('unlock');

  await page.getByLabel('Passphrase').fill(treasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Enter the code from your phone' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Six-digit code, or a backup code')).toBeFocused();
  await inspect('unlock-totp');

  // The enrolment spent the current step; the next step's code is within the ±1 step the core allows.
  await page.getByLabel('Six-digit code, or a backup code').fill(await totpCode(created.totpSecret!, 1));
  await page.getByLabel('Six-digit code, or a backup code').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(app.internalErrors).toEqual([]);
});

test('setup can open a vault that already exists in another folder', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await lockNow(page);

  // Point the app at an empty folder, as on a laptop whose settings were lost, and start over.
  const elsewhere = `${app.vaultDir}-elsewhere`;
  await page.evaluate((vaultDir) => (globalThis as unknown as PageWithTreasury).treasury.vault.select({ vaultDir }), elsewhere);
  await page.reload();
  const folder = page.getByLabel('Vault folder');
  await expect(folder).toHaveValue(elsewhere);

  await page.getByRole('button', { name: 'I already have a vault in this folder' }).click();
  await expect(page.getByText('There is no vault in this folder.', { exact: false })).toBeVisible();
  await inspectFolderError(page);

  await folder.fill(app.vaultDir);
  await page.getByRole('button', { name: 'Create a new vault here' }).click();
  await expect(page.getByText('There is already a vault in this folder.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'I already have a vault in this folder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(treasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

async function inspectFolderError(page: Page): Promise<void> {
  await expectNoAxeViolations(page, 'setup, folder without a vault');
  await saveScreen(page, 'setup-1-no-vault-here');
}
