import path from 'node:path';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, lockNow, openSection, treasurerPassphrase } from './support/setupFlow.ts';
import { totpCode } from './support/totpCodes.ts';

test('TOTP can be turned on from the vault screen and off again with the passphrase', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await openSection(page, 'Vault');
  const totp = page.getByRole('region', { name: 'TOTP code at unlock' });
  await expect(totp.getByText('Off.')).toBeVisible();

  await totp.getByRole('button', { name: 'Set up TOTP' }).click();
  await expect(totp.getByRole('heading', { level: 3, name: 'Scan the code with your authenticator app' })).toBeFocused();
  await expectNoAxeViolations(page, 'vault, TOTP enrolment');
  await saveScreen(page, 'vault-totp-enrolment');
  const secret = (await page.locator('#totp-manual-key').innerText()).replace(/\s/g, '');
  await totp.getByLabel('Six-digit code from the app').fill(await totpCode(secret));
  await totp.getByLabel('Six-digit code from the app').press('Enter');
  await expect(totp.getByRole('heading', { level: 3, name: 'Save your backup codes' })).toBeFocused();
  const backupCodes = await totp.getByRole('list', { name: 'Backup codes' }).locator('code').allInnerTexts();
  await totp.getByLabel('I have saved these backup codes somewhere safe').check();
  await totp.getByRole('button', { name: 'Continue' }).click();
  await expect(totp.getByText('10 backup codes are left', { exact: false })).toBeVisible();

  // A backup code opens the gate once.
  await lockNow(page);
  await page.getByLabel('Passphrase').fill(treasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await page.getByLabel('Six-digit code, or a backup code').fill(backupCodes[0]!);
  await page.getByLabel('Six-digit code, or a backup code').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await openSection(page, 'Vault');
  await expect(totp.getByText('9 backup codes are left', { exact: false })).toBeVisible();

  await totp.getByRole('button', { name: 'Turn off TOTP' }).click();
  const confirmField = totp.getByLabel('Your passphrase, to confirm');
  await expect(confirmField).toBeFocused();
  await confirmField.fill('wrong passphrase');
  await confirmField.press('Enter');
  await expect(totp.getByText('That passphrase is not right. Nothing was changed.')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'vault, turning TOTP off');
  await saveScreen(page, 'vault-totp-off');
  // A wrong confirmation counts like a wrong unlock: the next try waits out its one-second backoff.
  await page.waitForTimeout(1_100);
  await confirmField.fill(treasurerPassphrase);
  await confirmField.press('Enter');
  await expect(totp.getByText('Off.')).toBeVisible();
  expect(app.internalErrors).toEqual([]);
});

test('a co-treasurer passphrase is added, opens the vault, and is removed', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await openSection(page, 'Vault');
  const section = page.getByRole('region', { name: 'Co-treasurer passphrase' });

  await section.getByRole('button', { name: 'Add a co-treasurer passphrase' }).click();
  const field = section.getByRole('textbox', { name: 'Co-treasurer passphrase', exact: true });
  await section.getByLabel('Your passphrase, to confirm').fill(treasurerPassphrase);
  await field.fill('treasurer2024');
  await section.getByLabel('Type the co-treasurer passphrase again').fill('treasurer2024');
  await section.getByLabel('Type the co-treasurer passphrase again').press('Enter');
  await expect(section.getByText('That passphrase is too easy to guess.', { exact: false })).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'vault, weak co-treasurer passphrase');
  await saveScreen(page, 'vault-co-treasurer-weak');

  const coTreasurerPassphrase = 'walnut ferry pebble lantern cobalt';
  await field.fill(coTreasurerPassphrase);
  await section.getByLabel('Type the co-treasurer passphrase again').fill(coTreasurerPassphrase);
  await section.getByLabel('Type the co-treasurer passphrase again').press('Enter');
  await expect(section.getByText('The co-treasurer passphrase is added.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('rowheader', { name: 'Co-treasurer’s passphrase' })).toBeVisible();

  await lockNow(page);
  await page.getByLabel('Passphrase').fill(coTreasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await openSection(page, 'Vault');
  await expect(page.getByRole('rowheader', { name: /Co-treasurer’s passphrase/ })).toContainText('used to unlock');

  await section.getByRole('button', { name: 'Remove it' }).click();
  await expect(section.getByText('Remove the co-treasurer passphrase?', { exact: false })).toBeFocused();
  await expectNoAxeViolations(page, 'vault, removing the co-treasurer');
  await section.getByLabel('Your passphrase, to confirm').fill(coTreasurerPassphrase);
  await section.getByRole('button', { name: 'Remove it' }).click();
  await expect(section.getByText('The co-treasurer passphrase is removed.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(section.getByText('The vault’s key is changed', { exact: false })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Co-treasurer’s passphrase/ })).toHaveCount(0);
});

test('changing the passphrase asks for the current one', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await openSection(page, 'Vault');
  const section = page.getByRole('region', { name: 'Change the passphrase' });
  const newPassphrase = 'granite mitten saffron beacon twelve';

  await section.getByLabel('Current passphrase').fill('not my passphrase');
  await section.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(newPassphrase);
  await section.getByLabel('Type the new passphrase again').fill(`${newPassphrase} typo`);
  await section.getByLabel('Type the new passphrase again').press('Enter');
  await expect(section.getByText('The two passphrases are not the same.', { exact: false })).toBeVisible();

  await section.getByLabel('Type the new passphrase again').fill(newPassphrase);
  await section.getByLabel('Type the new passphrase again').press('Enter');
  await expect(section.getByText('The current passphrase is not right. Nothing was changed.')).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'vault, wrong current passphrase');
  await saveScreen(page, 'vault-change-passphrase-wrong');

  await section.getByLabel('Current passphrase').fill(treasurerPassphrase);
  await section.getByLabel('Current passphrase').press('Enter');
  await expect(section.getByText('Your passphrase is changed.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(section.getByText('a copy of the vault folder taken before today still opens with it', { exact: false })).toBeVisible();
  await section.getByRole('button', { name: /Change the vault.s key/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Change the vault’s key' })).toBeFocused();

  await lockNow(page);
  await page.getByLabel('Passphrase').fill(newPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('the vault’s key can be changed, a longer auto-lock asks for the passphrase, and the key slots can be saved', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await openSection(page, 'Vault');

  const autoLock = page.getByRole('region', { name: 'Auto-lock' });
  const choice = autoLock.getByLabel('Lock the app when it has not been used for');
  const longest = await choice.locator('option').last().getAttribute('value');
  await choice.selectOption(longest!);
  await expect(autoLock.getByLabel('Your passphrase, to confirm')).toBeVisible();
  await expectNoAxeViolations(page, 'vault, longer auto-lock');
  await autoLock.getByLabel('Your passphrase, to confirm').fill(treasurerPassphrase);
  await autoLock.getByLabel('Your passphrase, to confirm').press('Enter');
  await expect(autoLock.getByText('Saved.', { exact: false })).toBeVisible({ timeout: 30_000 });

  const rekey = page.getByRole('region', { name: 'Change the vault’s key' });
  await rekey.getByRole('button', { name: 'Change the vault’s key' }).click();
  await rekey.getByLabel('Your passphrase, to confirm').fill(treasurerPassphrase);
  await rekey.getByLabel('Your passphrase, to confirm').press('Enter');
  await expect(rekey.getByText('The vault’s key is changed', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Change the vault’s key' })).toBeFocused();
  await expectNoAxeViolations(page, 'vault, key changed');
  await saveScreen(page, 'vault-rekeyed');

  const backup = page.getByRole('region', { name: 'Save a copy of the key slots' });
  await backup.getByLabel('Save the copy as').fill('relative/name.json');
  await backup.getByLabel('Save the copy as').press('Enter');
  await expect(backup.getByText('Give the full path', { exact: false })).toBeVisible();
  await backup.getByLabel('Save the copy as').fill(path.join(app.vaultDir, '..', 'key-slots-copy.json'));
  await backup.getByLabel('Save the copy as').press('Enter');
  await expect(backup.getByRole('status')).toContainText('Saved a copy of the key slots to', { timeout: 30_000 });
  await expectNoAxeViolations(page, 'vault, key slots saved');

  await lockNow(page);
  await page.getByLabel('Passphrase').fill(treasurerPassphrase);
  await page.getByLabel('Passphrase').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 30_000 });
  expect(app.internalErrors).toEqual([]);
});
