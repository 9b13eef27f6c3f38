import { expect, test } from './support/appFixture.ts';
import { treasurerPassphrase } from './support/setupFlow.ts';

test('setup, lock and unlock work with the keyboard alone, in a sensible tab order', async ({ app }) => {
  const { page } = app.shell;
  const focused = () => page.locator(':focus');

  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Vault folder');
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Create a new vault here');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Choose the passphrase/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Passphrase');
  await page.keyboard.type(treasurerPassphrase);
  // Beside each passphrase field, the button that shows it.
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Show passphrase');
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Type the passphrase again');
  await page.keyboard.type(treasurerPassphrase);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Write down the recovery code/ })).toBeFocused({ timeout: 30_000 });
  const groups = await page.getByRole('list', { name: 'Recovery code' }).locator('code').allInnerTexts();
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Copy the recovery code');
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('I have written it down');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Check what you wrote down/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Group 2');
  await page.keyboard.type(groups[1]!);
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Group 5');
  await page.keyboard.type(groups[4]!);
  await page.keyboard.press('Enter');

  // How long records are kept: the recommended schedule first, keeping everything second.
  await expect(page.getByRole('heading', { level: 1, name: /How long to keep records/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Keep the recommended schedule');
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Keep everything for now');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Ask for a code from your phone/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Set up TOTP');
  await page.keyboard.press('Tab');
  await expect(focused()).toHaveAccessibleName('Skip for now');
  await page.keyboard.press('Enter');

  // The app opens on the dashboard; Lock now is the header's last control, just before the main content.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(focused()).toHaveAccessibleName('Lock now');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  await expect(focused()).toHaveAccessibleName('Passphrase');
  await page.keyboard.type(treasurerPassphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});
