// Handing the treasurer role over, between two laptops: the outgoing treasurer's app (a vault made
// through setup) and a second app on an empty app folder, the new treasurer's. Both wizards are
// worked with the keyboard alone, axe checks every step, and the figures the two treasurers read to
// each other are compared. Refusals (a damaged file, a wrong passphrase, a wrong anchor, a legal
// hold) are said, and a refused receive leaves no vault folder. Synthetic data only.
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type AppUnderTest } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { tabTo } from './support/keyboard.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, treasurerPassphrase } from './support/setupFlow.ts';

/** The new treasurer's own passphrase: strong enough for the estimator, and obviously a test value. */
const newcomerPassphrase = 'harbor quilt meadow tinsel beacon';

/** A USB stick, as far as the two laptops are concerned: a folder outside both vaults. */
let usbStick: string;
test.beforeEach(async () => {
  usbStick = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-usb-'));
});
test.afterEach(async () => {
  await rm(usbStick, { recursive: true, force: true });
});

/** The outgoing treasurer's vault: made through setup, with a few entries so the figures say something. */
async function outgoingVault(app: AppUnderTest): Promise<void> {
  await completeSetup(app.shell.page, { totp: false });
  const accountId = await addCreditUnion(app);
  for (const [date, amount] of [
    ['2026-01-05', 5_000],
    ['2026-01-12', 2_500],
    ['2026-02-03', 7_250],
  ] as const) {
    const recorded = await callCore(app, 'ledger.record', { kind: 'contribution', date, amount, accountId, memo: 'Dues (synthetic)' });
    expect(recorded.ok).toBe(true);
  }
}

/** Axe on what the page shows, and a screenshot for people to look at. */
async function inspect(page: Page, screen: string): Promise<void> {
  await expectNoAxeViolations(page, screen);
  await saveScreen(page, screen);
}

/** The three figures as a step shows them, by their labels. */
async function figuresOn(page: Page): Promise<{ entries: string; anchor: string; groupKey: string }> {
  const figure = (label: string) => page.locator('dl.handover-figures').locator(`xpath=./dt[normalize-space()="${label}"]/following-sibling::dd[1]`).innerText();
  return { entries: await figure('Entries'), anchor: await figure('Anchor'), groupKey: (await figure('Group key fingerprint')).replace(/\s+/g, ' ').trim() };
}

/** Opens the Vault with its shortcut and tabs to the handover's button, then into its first step. */
async function startHandingOver(page: Page): Promise<void> {
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Vault', exact: true })).toBeFocused();
  await tabTo(page, 'Start the handover', 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hand over the treasurer role' })).toBeFocused();
}

/** From the first screen, by keyboard, into the first step of receiving a handover. */
async function startReceiving(page: Page, button = 'Receive a handover'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** Types the new treasurer's passphrase twice, starting from the field before the first one. */
async function typeOwnPassphrase(page: Page): Promise<void> {
  await tabTo(page, 'Your passphrase');
  await page.keyboard.type(newcomerPassphrase);
  // Past the button that shows it.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Show passphrase');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Type your passphrase again');
  await page.keyboard.type(newcomerPassphrase);
}

test('a vault is handed over to the new treasurer’s key and retired, with the keyboard alone', async ({ app, secondApp }) => {
  const outgoing = app.shell.page;
  const newcomer = secondApp.shell.page;
  await outgoingVault(app);

  // The new treasurer makes the key on their laptop: post-quantum unless they choose otherwise.
  await startReceiving(newcomer);
  await expect(newcomer.getByRole('heading', { level: 1, name: /Step 1 of 5 Receive a handover/ })).toBeFocused();
  await inspect(newcomer, 'handover-receive-1-choose');
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('To a key made on this laptop (recommended)');
  await expect(newcomer.locator(':focus')).toBeChecked();
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Post-quantum (recommended)');
  await expect(newcomer.locator(':focus')).toBeChecked();
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Make the key');
  await newcomer.keyboard.press('Enter');

  await expect(newcomer.getByRole('heading', { level: 1, name: /Send this key to the outgoing treasurer/ })).toBeFocused();
  const recipient = await newcomer.getByLabel('This laptop’s key').inputValue();
  expect(recipient).toMatch(/^age1pq1[0-9a-z]+$/);
  const newcomerFingerprint = await newcomer.locator('#handover-key-fingerprint').innerText();
  expect(newcomerFingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expect(newcomer.getByRole('img', { name: 'The same key as a QR code, for a phone to scan' })).toBeVisible();
  await inspect(newcomer, 'handover-receive-1-key');

  // After a restart of the screens, the first screen says a key is kept, and it is shown again, not replaced.
  await newcomer.reload();
  await expect(newcomer.getByText('This laptop keeps a key to receive a handover with', { exact: false })).toBeVisible();
  await startReceiving(newcomer, 'Continue receiving the handover');
  await expect(newcomer.getByRole('heading', { level: 1, name: /Send this key to the outgoing treasurer/ })).toBeFocused();
  expect(await newcomer.getByLabel('This laptop’s key').inputValue()).toBe(recipient);

  // The outgoing treasurer pastes it, and reads the fingerprint back: the same as the new laptop's.
  await startHandingOver(outgoing);
  await inspect(outgoing, 'handover-out-1-lock');
  await tabTo(outgoing, 'The new treasurer’s key');
  await outgoing.keyboard.insertText(recipient);
  await expect(outgoing.locator('#handover-recipient-fingerprint')).toHaveText(newcomerFingerprint);
  await expect(outgoing.getByText('A post-quantum key. Its fingerprint:')).toBeVisible();
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('The new treasurer’s screen shows the same fingerprint');
  // Not yet ticked: the step will not go on without it.
  await tabTo(outgoing, 'Continue');
  await outgoing.keyboard.press('Enter');
  await expect(outgoing.getByText('Tick the box once the fingerprint matches theirs.')).toBeVisible();
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('The new treasurer’s screen shows the same fingerprint');
  await inspect(outgoing, 'handover-out-1-recipient');
  await outgoing.keyboard.press('Space');
  await tabTo(outgoing, 'Continue');
  await outgoing.keyboard.press('Enter');

  // The file goes to the USB stick.
  await expect(outgoing.getByRole('heading', { level: 2, name: /Step 2 of 4 Where to write the handover file/ })).toBeFocused();
  await inspect(outgoing, 'handover-out-2-file');
  const handoverFile = path.join(usbStick, 'handover.age');
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('Handover file');
  await outgoing.keyboard.type(handoverFile);
  await outgoing.keyboard.press('Enter');
  await expect(outgoing.getByRole('heading', { level: 2, name: /Step 3 of 4 The handover file is written/ })).toBeFocused({ timeout: 30_000 });
  expect(existsSync(handoverFile)).toBe(true);
  await expect(outgoing.getByText(`Only the new treasurer’s post-quantum key opens it: fingerprint ${newcomerFingerprint}.`)).toBeVisible();
  const outgoingFigures = await figuresOn(outgoing);
  expect(outgoingFigures.entries).toBe('3');
  await inspect(outgoing, 'handover-out-3-written');

  // The new treasurer first tries a copy damaged on the way: refused, and no vault is left behind.
  await tabTo(newcomer, 'I have the handover file');
  await newcomer.keyboard.press('Enter');
  await expect(newcomer.getByRole('heading', { level: 1, name: /Step 2 of 5 Receive the handover file/ })).toBeFocused();
  const damagedFile = path.join(usbStick, 'handover-damaged.age');
  await copyFile(handoverFile, damagedFile);
  const bytes = await readFile(damagedFile);
  bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0xff;
  await writeFile(damagedFile, bytes);
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Handover file');
  await newcomer.keyboard.type(damagedFile);
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Folder for the new vault');
  await expect(newcomer.locator(':focus')).toHaveValue(secondApp.vaultDir);
  await typeOwnPassphrase(newcomer);
  await inspect(newcomer, 'handover-receive-2-file');
  await newcomer.keyboard.press('Enter');
  await expect(newcomer.getByText('This handover file is damaged or was changed after it was made', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Handover file');
  expect(existsSync(secondApp.vaultDir)).toBe(false);
  await inspect(newcomer, 'handover-receive-2-damaged');

  // The right file: received, checked, and made into a new vault.
  await newcomer.keyboard.press('Control+A');
  await newcomer.keyboard.type(handoverFile);
  await newcomer.keyboard.press('Enter');
  await expect(newcomer.getByRole('heading', { level: 1, name: /Step 3 of 5 Write down the recovery code/ })).toBeFocused({ timeout: 60_000 });
  const groups = await newcomer.getByRole('list', { name: 'Recovery code' }).locator('code').allInnerTexts();
  expect(groups).toHaveLength(6);
  await inspect(newcomer, 'handover-receive-3-recovery-code');
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Copy the recovery code');
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('I have written it down');
  await newcomer.keyboard.press('Enter');
  await expect(newcomer.getByRole('heading', { level: 1, name: /Step 3 of 5 Check what you wrote down/ })).toBeFocused();
  await newcomer.keyboard.press('Tab');
  await newcomer.keyboard.type(groups[1]!);
  await newcomer.keyboard.press('Tab');
  await newcomer.keyboard.type(groups[4]!);
  await newcomer.keyboard.press('Enter');

  // The three figures, read to the outgoing treasurer: the same on both screens.
  await expect(newcomer.getByRole('heading', { level: 1, name: /Step 4 of 5 Read these to the outgoing treasurer/ })).toBeFocused();
  await expect(newcomer.getByText('The handover is in: 3 entries, every one checked.', { exact: false })).toBeVisible();
  const newcomerFigures = await figuresOn(newcomer);
  expect(newcomerFigures).toEqual(outgoingFigures);
  await expect(newcomer.getByText('The key this laptop kept is destroyed', { exact: false })).toBeVisible();
  expect(existsSync(path.join(secondApp.appDataDir, 'handover-identity.txt'))).toBe(false);
  expect(existsSync(path.join(secondApp.vaultDir, 'key-slots.json'))).toBe(true);
  await inspect(newcomer, 'handover-receive-4-read-back');
  await newcomer.keyboard.press('Tab');
  await expect(newcomer.locator(':focus')).toHaveAccessibleName('Continue');
  await newcomer.keyboard.press('Enter');

  // TOTP is offered, as at setup; skipped here, the new treasurer is in their vault.
  await expect(newcomer.getByRole('heading', { level: 1, name: /Step 5 of 5 Ask for a code from your phone/ })).toBeFocused();
  await inspect(newcomer, 'handover-receive-5-totp');
  await tabTo(newcomer, 'Skip for now');
  await newcomer.keyboard.press('Enter');
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // The outgoing treasurer retires the old vault with the anchor the new one reads out: first misheard, refused.
  await tabTo(outgoing, 'Go on to retiring this vault');
  await outgoing.keyboard.press('Enter');
  await expect(outgoing.getByRole('heading', { level: 2, name: /Step 4 of 4 Retire this vault/ })).toBeFocused();
  await inspect(outgoing, 'handover-out-4-retire');
  const misheard = `${outgoingFigures.anchor.slice(0, -1)}${outgoingFigures.anchor.endsWith('0') ? '1' : '0'}`;
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('The anchor the new treasurer reads you');
  await outgoing.keyboard.type(misheard);
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('Your passphrase, to confirm');
  await outgoing.keyboard.type(treasurerPassphrase);
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('Show passphrase');
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('I understand this removes the vault from this laptop for good');
  await outgoing.keyboard.press('Space');
  await outgoing.keyboard.press('Tab');
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('Retire this vault');
  await outgoing.keyboard.press('Enter');
  await expect(outgoing.getByText('The anchor given is not this vault’s', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(outgoing.locator(':focus')).toHaveAccessibleName('The anchor the new treasurer reads you');
  expect(existsSync(app.vaultDir)).toBe(true);
  await inspect(outgoing, 'handover-out-4-wrong-anchor');

  // Then the anchor as read from the new treasurer's screen: the vault is gone, and the app is at its first screen.
  await outgoing.keyboard.press('Control+A');
  await outgoing.keyboard.type(newcomerFigures.anchor);
  await outgoing.keyboard.press('Enter');
  await expect(outgoing.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeVisible({ timeout: 30_000 });
  expect(existsSync(app.vaultDir)).toBe(false);
  expect(existsSync(handoverFile)).toBe(true);
  expect(app.internalErrors).toEqual([]);
  expect(secondApp.internalErrors).toEqual([]);
});

test('a file locked with a passphrase: a wrong one leaves no vault, the right one opens it, and a legal hold stops retiring', async ({ app, secondApp }) => {
  const outgoing = app.shell.page;
  const newcomer = secondApp.shell.page;
  await outgoingVault(app);

  await startHandingOver(outgoing);
  await outgoing.getByLabel('With a passphrase made now').check();
  await expect(outgoing.getByLabel('The new treasurer’s key', { exact: true })).toHaveCount(0);
  await outgoing.getByRole('button', { name: 'Continue' }).click();
  const handoverFile = path.join(usbStick, 'handover.age');
  await outgoing.getByLabel('Handover file').fill(handoverFile);
  await outgoing.getByLabel('Handover file').press('Enter');
  await expect(outgoing.getByRole('heading', { level: 2, name: /The handover file is written/ })).toBeFocused({ timeout: 30_000 });
  const passphrase = await outgoing.locator('#handover-passphrase-words').innerText();
  expect(passphrase.split(' ').length).toBeGreaterThanOrEqual(6);
  await expect(outgoing.getByText('It is shown only this once.')).toBeVisible();
  await inspect(outgoing, 'handover-out-3-passphrase');
  const outgoingFigures = await figuresOn(outgoing);

  // Once gone past, the passphrase is not shown again.
  await outgoing.getByRole('button', { name: 'Go on to retiring this vault' }).click();
  await outgoing.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(outgoing.locator('#handover-passphrase-words')).toHaveCount(0);
  await expect(outgoing.getByText('The file’s passphrase was shown once', { exact: false })).toBeVisible();

  await startReceiving(newcomer);
  await newcomer.getByLabel('With a passphrase the outgoing treasurer gives you').check();
  await expect(newcomer.getByLabel('Post-quantum (recommended)')).toHaveCount(0);
  await newcomer.getByRole('button', { name: 'Continue' }).click();
  await expect(newcomer.getByRole('heading', { level: 1, name: /Receive the handover file/ })).toBeFocused();
  await newcomer.getByLabel('Handover file').fill(handoverFile);
  await newcomer.getByLabel('The handover’s passphrase').fill('orchard lantern velvet migrate canoe ferry');
  await newcomer.getByLabel('Your passphrase', { exact: true }).fill(newcomerPassphrase);
  await newcomer.getByLabel('Type your passphrase again').fill(newcomerPassphrase);
  await newcomer.getByLabel('Type your passphrase again').press('Enter');
  await expect(newcomer.getByText('This handover file does not open with this key.', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(newcomer.getByLabel('The handover’s passphrase')).toBeFocused();
  await expect(newcomer.getByLabel('The handover’s passphrase')).toHaveAttribute('aria-invalid', 'true');
  expect(existsSync(secondApp.vaultDir)).toBe(false);
  await inspect(newcomer, 'handover-receive-2-wrong-passphrase');

  await newcomer.getByLabel('The handover’s passphrase').fill(passphrase);
  await newcomer.getByLabel('The handover’s passphrase').press('Enter');
  await expect(newcomer.getByRole('heading', { level: 1, name: /Write down the recovery code/ })).toBeFocused({ timeout: 60_000 });
  expect(existsSync(path.join(secondApp.vaultDir, 'key-slots.json'))).toBe(true);

  // A legal hold on the old vault: retiring it is refused, and says why.
  const held = await callCore(app, 'hold.place', { note: 'Subpoena, synthetic case 0042' });
  expect(held.ok).toBe(true);
  await outgoing.getByRole('button', { name: 'Go on to retiring this vault' }).click();
  await outgoing.getByLabel('The anchor the new treasurer reads you').fill(outgoingFigures.anchor);
  await outgoing.getByLabel('Your passphrase, to confirm').fill(treasurerPassphrase);
  await outgoing.getByRole('button', { name: 'Retire this vault' }).click();
  await expect(outgoing.getByText('Tick the box to retire the vault.')).toBeVisible();
  await outgoing.getByLabel('I understand this removes the vault from this laptop for good').check();
  await outgoing.getByRole('button', { name: 'Retire this vault' }).click();
  await expect(outgoing.getByRole('alert').filter({ hasText: 'the vault cannot be retired while it does' })).toBeVisible({ timeout: 30_000 });
  expect(existsSync(app.vaultDir)).toBe(true);
  await inspect(outgoing, 'handover-out-4-hold');
  expect(app.internalErrors).toEqual([]);
  expect(secondApp.internalErrors).toEqual([]);
});
