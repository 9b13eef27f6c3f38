// Backups in the app: the dashboard reminds a vault never backed up, "Back up now" on the Vault
// screen writes a checked backup to a folder (a USB stick) and the reminder goes away; then, on a
// second laptop, "Restore from a backup" on the first screen makes a vault of it that shows the same
// entries and anchor and unlocks with the passphrase of that time. Keyboard where it matters, axe on
// every step, screenshots at 1280×800 and 800×600. Synthetic data only.
import type { Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { tabTo } from './support/keyboard.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, treasurerPassphrase } from './support/setupFlow.ts';

let usbStick: string;
test.beforeEach(async () => {
  usbStick = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-usb-'));
});
test.afterEach(async () => {
  await rm(usbStick, { recursive: true, force: true });
});

/** Axe on what the page shows, and screenshots at the two sizes people look at: the page, and the section about backups when it is one of many. */
async function inspect(page: Page, screen: string, section?: string): Promise<void> {
  await expectNoAxeViolations(page, screen);
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (section === undefined) await saveScreen(page, `${screen}-${width}`);
    else await page.locator(`section[aria-labelledby="${section}-title"]`).screenshot({ path: path.join('test-results', 'screens', `${screen}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Entries and anchor as the backup's figures show them. */
async function figuresOn(page: Page): Promise<{ entries: string; anchor: string }> {
  const figure = (label: string) => page.locator('dl.facts').last().locator(`xpath=./dt[normalize-space()="${label}"]/following-sibling::dd[1]`).innerText();
  return { entries: await figure('Entries'), anchor: await figure('Anchor') };
}

test('a vault is backed up from the Vault screen, the reminder goes, and it is restored on another laptop', async ({ app, secondApp }) => {
  const page = app.shell.page;
  await completeSetup(page, { totp: false });
  const accountId = await addCreditUnion(app);
  for (const [date, amount] of [
    ['2026-01-05', 5_000],
    ['2026-02-03', 7_250],
  ] as const) {
    expect((await callCore(app, 'ledger.record', { kind: 'contribution', date, amount, accountId, memo: 'Dues (synthetic)' })).ok).toBe(true);
  }

  // The dashboard reminds: no backup yet. Its button opens the Backups section.
  await page.keyboard.press('Alt+7');
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 2, name: 'This vault has never been backed up.' })).toBeVisible();
  await inspect(page, 'backup-1-reminder');
  await tabTo(page, 'Back up now', 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeFocused();
  await expect(page.getByText('No backup has been made of this vault yet.')).toBeVisible();

  // A folder that is not there is refused, in words, and nothing is written.
  await tabTo(page, 'Folder to back up to', 20);
  await page.keyboard.type(path.join(usbStick, 'missing'));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`The folder ${path.join(usbStick, 'missing')} does not exist.`, { exact: false })).toBeVisible();
  await inspect(page, 'backup-2-refused', 'backups');
  await page.getByLabel('Folder to back up to').fill(usbStick);
  await page.getByLabel('Folder to back up to').press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Backed up' })).toBeVisible({ timeout: 30_000 });
  const [backupName] = readdirSync(usbStick);
  expect(backupName).toMatch(/^mutual-ledger-backup-/);
  const backupFolder = path.join(usbStick, backupName ?? '');
  expect(readdirSync(backupFolder).sort()).toEqual(['key-slots.json', 'ledger.sqlite']);
  await expect(page.getByText(`The backup is in ${backupFolder}`, { exact: false })).toBeVisible();
  const backedUp = await figuresOn(page);
  expect(backedUp.entries).toBe('2');
  await expect(page.getByText(`Last backup:`, { exact: false })).toContainText(backupFolder);
  await page.getByRole('heading', { level: 2, name: 'Backups' }).scrollIntoViewIfNeeded();
  await inspect(page, 'backup-3-made', 'backups');

  // The group chooses a longer interval.
  await page.getByLabel('Remind us to back up').selectOption({ label: 'Every two weeks' });
  await expect(page.getByText('Saved.')).toBeVisible();
  expect(await callCore(app, 'backup.status', {})).toMatchObject({ ok: true, value: { reminderDays: 14, due: false } });

  // The reminder is gone from the dashboard.
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  // The reminder asks before the dashboard's figures (a child's effect runs first, and the core answers in order): once they show, it has answered.
  await expect(page.getByText('Credit union').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'This vault has never been backed up.' })).toHaveCount(0);

  // On another laptop: restore from the backup, from the first screen.
  const other = secondApp.shell.page;
  await expect(other.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await inspect(other, 'backup-restore-0-first-screen');
  await tabTo(other, 'Restore from a backup');
  await other.keyboard.press('Enter');
  await expect(other.getByRole('heading', { level: 1, name: /Step 1 of 4 Which backup/ })).toBeFocused();
  await inspect(other, 'backup-restore-1-backup');
  await tabTo(other, 'Backup folder');
  await other.keyboard.type(backupFolder);
  await other.keyboard.press('Enter');

  await expect(other.getByRole('heading', { level: 1, name: /Step 2 of 4 Where the restored vault goes/ })).toBeFocused();
  await expect(other.getByLabel('New vault folder')).toHaveValue(secondApp.vaultDir);
  await inspect(other, 'backup-restore-2-vault');
  await other.getByLabel('New vault folder').press('Enter');

  // The passphrase of that time; a wrong one is said under the field, and nothing is made.
  await expect(other.getByRole('heading', { level: 1, name: /Step 3 of 4 The passphrase of that time/ })).toBeFocused();
  await tabTo(other, 'Passphrase when the backup was made');
  await other.keyboard.type('harbor quilt meadow tinsel beacon');
  await other.keyboard.press('Enter');
  await expect(other.getByText('This does not open the backup.', { exact: false })).toBeVisible({ timeout: 30_000 });
  expect(existsSync(secondApp.vaultDir)).toBe(false);
  await inspect(other, 'backup-restore-3-wrong');
  await other.getByLabel('Passphrase when the backup was made').fill(treasurerPassphrase);
  await other.getByLabel('Passphrase when the backup was made').press('Enter');

  await expect(other.getByRole('heading', { level: 1, name: /Step 4 of 4 The vault is restored/ })).toBeFocused({ timeout: 30_000 });
  expect(await figuresOn(other)).toEqual(backedUp);
  await expect(other.getByText('Unlock it with the passphrase (or recovery code) that was current when the backup was made', { exact: false })).toBeVisible();
  await inspect(other, 'backup-restore-4-restored');
  await other.keyboard.press('Tab');
  await expect(other.locator(':focus')).toHaveAccessibleName('Open the restored vault');
  await other.keyboard.press('Enter');

  await expect(other.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  await other.getByLabel('Passphrase', { exact: true }).fill(treasurerPassphrase);
  await other.getByLabel('Passphrase', { exact: true }).press('Enter');
  await expect(other.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 30_000 });
  expect(await callCore(secondApp, 'ledger.head', {})).toMatchObject({ ok: true, value: { entries: 2 } });
  expect(app.internalErrors).toEqual([]);
  expect(secondApp.internalErrors).toEqual([]);
});

test('the reminder, the Backups section and restoring read in Spanish', async ({ app, secondApp }) => {
  const page = app.shell.page;
  await completeSetup(page, { totp: false });
  await page.keyboard.press('Alt+7');
  await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Español' }).check();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 2, name: 'Nunca se ha hecho una copia de seguridad de esta bóveda.' })).toBeVisible();
  await inspect(page, 'es-backup-1-reminder');
  await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Copias de seguridad' })).toBeFocused();
  await page.getByLabel('Carpeta donde guardar la copia').fill(usbStick);
  await page.getByLabel('Carpeta donde guardar la copia').press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Copia hecha' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Recordarnos hacer una copia')).toHaveValue('7');
  await inspect(page, 'es-backup-2-made', 'backups');

  const other = secondApp.shell.page;
  await expect(other.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await other.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Español' }).check();
  await expect(other.getByRole('heading', { level: 2, name: '¿Perdió la computadora con la bóveda?' })).toBeVisible();
  await other.getByRole('button', { name: 'Restaurar desde una copia de seguridad' }).click();
  await expect(other.getByRole('heading', { level: 1, name: /Paso 1 de 4 Qué copia de seguridad/ })).toBeFocused();
  await inspect(other, 'es-backup-restore-1-backup');
});
