import { expect, type Page } from '@playwright/test';
import { totpCode } from './totpCodes.ts';

/** Strong enough for the estimator, and obviously a test value. */
export const treasurerPassphrase = 'orchard lantern velvet migrate canoe';

export interface CreatedVault {
  recoveryCode: string;
  /** Present when TOTP was set up during setup. */
  totpSecret?: string;
  backupCodes: string[];
}

interface SetupOptions {
  totp: boolean;
  /** The retention step's choice; everything is kept unless a test asks for the recommended schedule. */
  retention?: 'recommended' | 'keep-everything';
  /** Called on every step once it is showing (axe, screenshots). */
  inspect?: (step: string) => Promise<void>;
}

/** Goes through first-run setup as a treasurer would, with the keyboard where it matters; ends on the dashboard. */
export async function completeSetup(page: Page, { totp, retention = 'keep-everything', inspect = async () => undefined }: SetupOptions): Promise<CreatedVault> {
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await inspect('setup-1-vault-folder');
  await page.getByRole('button', { name: 'Create a new vault here' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Choose the passphrase/ })).toBeFocused();
  await page.getByLabel('Passphrase', { exact: true }).fill('password1');
  await expect(page.getByText(/Not strong enough for the vault yet/)).toBeVisible();
  await inspect('setup-2-passphrase-weak');
  await page.getByLabel('Passphrase', { exact: true }).fill(treasurerPassphrase);
  await page.getByLabel('Type the passphrase again').fill(treasurerPassphrase);
  await expect(page.getByText(/Strong enough for the vault\./)).toBeVisible();
  await inspect('setup-2-passphrase');
  await page.getByLabel('Type the passphrase again').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /Write down the recovery code/ })).toBeFocused({ timeout: 30_000 });
  const groups = await page.getByRole('list', { name: 'Recovery code' }).locator('code').allInnerTexts();
  expect(groups).toHaveLength(6);
  await inspect('setup-3-recovery-code');
  await page.getByRole('button', { name: 'I have written it down' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Check what you wrote down/ })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Recovery code' })).toHaveCount(0);
  await page.getByLabel('Group 2').fill('WRONG');
  await page.getByLabel('Group 5').fill(groups[4]!.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('That is not group 2.', { exact: false })).toBeVisible();
  await inspect('setup-3-recovery-check');
  await page.getByLabel('Group 2').fill(groups[1]!);
  await page.getByLabel('Group 2').press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /How long to keep records/ })).toBeFocused();
  await expect(page.getByRole('table', { name: 'The recommended schedule' }).getByRole('row', { name: /^Memos .* 90\sdays$/ })).toBeVisible();
  await inspect('setup-4-retention');
  await page.getByRole('button', { name: retention === 'recommended' ? 'Keep the recommended schedule' : 'Keep everything for now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Ask for a code from your phone/ })).toBeFocused();
  await expect(page.getByText('TOTP gates the app on this laptop. It is not encryption: your passphrase is what protects the data.')).toBeVisible();
  await inspect('setup-5-totp');
  const created: CreatedVault = { recoveryCode: groups.join('-'), backupCodes: [] };
  if (!totp) {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    return created;
  }

  await page.getByRole('button', { name: 'Set up TOTP' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scan the code with your authenticator app' })).toBeFocused();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = (await page.locator('#totp-manual-key').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('Six-digit code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on TOTP' }).click();
  await expect(page.getByText('That code does not match.', { exact: false })).toBeVisible();
  await inspect('setup-5-totp-scan');
  await page.getByLabel('Six-digit code from the app').fill(await totpCode(secret));
  await page.getByLabel('Six-digit code from the app').press('Enter');

  await expect(page.getByRole('heading', { level: 2, name: 'Save your backup codes' })).toBeFocused();
  const backupCodes = await page.getByRole('list', { name: 'Backup codes' }).locator('code').allInnerTexts();
  expect(backupCodes).toHaveLength(10);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Tick the box once the backup codes are written down or printed.')).toBeVisible();
  await inspect('setup-5-backup-codes');
  await page.getByLabel('I have saved these backup codes somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return { ...created, totpSecret: secret, backupCodes };
}

/** Locks with the button and waits for the reloaded unlock screen. */
export async function lockNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
}

/** The sections of the open app, as the navigation names them. */
export type SectionName = 'Dashboard' | 'Ledger' | 'Accounts' | 'Funds' | 'Retention' | 'Vault';

const sectionHeadings: Record<SectionName, string> = {
  Dashboard: 'Dashboard',
  Ledger: 'Ledger',
  Accounts: 'Payment accounts',
  Funds: 'Funds',
  Retention: 'Retention',
  Vault: 'Vault',
};

/** Opens a section from the navigation and waits for its heading to take focus. */
export async function openSection(page: Page, section: SectionName): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: sectionHeadings[section], exact: true })).toBeFocused();
}
