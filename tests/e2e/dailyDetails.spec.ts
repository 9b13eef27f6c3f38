// The daily work, second pass: the money on hand first on the dashboard and at the foot of the accounts
// and funds tables, "Add a payment account" opening its form, the ledger verified from the dashboard, and
// the details of setup and unlock (show the passphrase, Caps Lock, the folder picker where there is one).
// Synthetic data only.
import type { Page } from '@playwright/test';
import { expect, test } from './support/appFixture.ts';
import { breakEntryTwoAndUnlock } from './support/brokenLedger.ts';
import type { AppUnderTest } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, callCore, holdTheCoresCalls } from './support/coreSeed.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, lockNow, openSection } from './support/setupFlow.ts';

const sizes = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

/** axe and a screenshot at 1280×800 and at 800×600, back to the shell's size after. */
async function inspect(page: Page, screen: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${screen} at ${size.width}×${size.height}`);
    await saveScreen(page, `${screen}-${size.width}x${size.height}`);
  }
  await page.setViewportSize({ width: 1100, height: 820 });
}

async function core(app: AppUnderTest, method: string, input: unknown): Promise<unknown> {
  const result = await callCore(app, method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Three accounts in two currencies, one of them frozen, and a restricted fund. */
async function moneyInTwoCurrencies(app: AppUnderTest): Promise<void> {
  const bank = await addCreditUnion(app);
  const security = { mfa: true, personalPhone: false, personalName: false, personalCard: false };
  const venmo = (await core(app, 'accounts.add', { name: 'Venmo', kind: 'venmo', currency: 'USD', holder: 'organisation', security })) as { id: number };
  const cash = (await core(app, 'accounts.add', { name: 'Cash box', kind: 'cash-box', currency: 'EUR', holder: 'organisation', security })) as { id: number };
  const bail = (await core(app, 'funds.add', { name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' })) as { id: number };
  await core(app, 'ledger.record', { kind: 'contribution', date: '2026-01-05', amount: 150_000, accountId: bank });
  await core(app, 'ledger.record', { kind: 'contribution', date: '2026-01-06', amount: 25_000, accountId: venmo.id, fundId: bail.id });
  await core(app, 'ledger.record', { kind: 'disbursement', date: '2026-01-07', amount: 12_345, accountId: bank, category: 'rent' });
  await core(app, 'ledger.record', { kind: 'contribution', date: '2026-01-08', amount: 4_000, accountId: cash.id });
  await core(app, 'accounts.setStatus', { accountId: venmo.id, status: 'frozen', date: '2026-01-10', reason: 'Platform review' });
}

test('the money on hand leads the dashboard, per currency with the frozen part, and foots the accounts and funds tables', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await moneyInTwoCurrencies(app);
  await openSection(page, 'Ledger');
  await openSection(page, 'Dashboard');

  // $1,500.00 + $250.00 − $123.45 in dollars, $250.00 of it in the frozen Venmo; €40.00 apart, never added to dollars.
  const onHand = page.getByRole('region', { name: 'Money on hand' });
  await expect(onHand.getByRole('listitem')).toHaveText(['€40.00none of it in frozen accounts', '$1,626.55of which $250.00 in frozen accounts, which cannot pay out']);
  await inspect(page, 'dashboard-money-on-hand');

  await openSection(page, 'Accounts');
  const accounts = page.getByRole('table', { name: 'Payment accounts' });
  await expect(accounts.getByRole('row', { name: /^All accounts \(EUR\)/ }).getByRole('cell')).toHaveText(['€40.00', '']);
  await expect(accounts.getByRole('row', { name: /^All accounts \(USD\)/ }).getByRole('cell')).toHaveText(['$1,626.55of which $250.00 in frozen accounts', '']);
  // The totals are the table's foot, each labelled by its row header.
  await expect(accounts.locator('tfoot th[scope="row"]')).toHaveText(['All accounts (EUR)', 'All accounts (USD)']);
  await inspect(page, 'accounts-totals');

  await openSection(page, 'Funds');
  const funds = page.getByRole('region', { name: 'Every fund' });
  await expect(funds.locator('tfoot tr')).toHaveText(['All funds (EUR)€40.00', 'All funds (USD)$1,626.55']);
  await inspect(page, 'funds-totals');
  expect(app.internalErrors).toEqual([]);
});

test('“Add a payment account” on the empty dashboard opens the form itself, with focus in its first field', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await page.getByRole('button', { name: 'Add a payment account' }).press('Enter');
  const form = page.getByRole('region', { name: 'Add a payment account' });
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Accounts', exact: true })).toHaveAttribute('aria-current', 'page');
  // Escape closes it, and focus lands on the screen's own Add button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add an account' })).toBeFocused();
  expect(app.internalErrors).toEqual([]);
});

test('“Verify the ledger” on the dashboard shows its progress and says in words that all checks out, or what is wrong and what to do', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const accountId = await addCreditUnion(app);
  for (const amount of [5_000, 2_500]) await core(app, 'ledger.record', { kind: 'contribution', date: '2026-01-05', amount, accountId });
  await openSection(page, 'Ledger');
  await openSection(page, 'Dashboard');

  const books = page.getByRole('region', { name: 'Check the books' });
  const verify = books.getByRole('button', { name: 'Verify the ledger' });
  // The check waits behind held calls, long enough to see its bar.
  const held = holdTheCoresCalls(app);
  try {
    await verify.click();
    await expect(books.getByRole('progressbar', { name: 'Starting the check…' })).toBeVisible();
    await expect(books.getByRole('button', { name: 'Checking…' })).toBeDisabled();
    await expect(books.getByRole('button', { name: 'Stop' })).toBeVisible();
  } finally {
    held.release();
  }
  await expect(books.getByRole('status')).toHaveText(/^All 2 entries and \d+ facts check out\.$/);
  await expect(books.getByRole('progressbar')).toHaveCount(0);
  await inspect(page, 'dashboard-verified');

  // An entry altered behind the app's back: the verdict says which and what to do, and leads to the proof.
  await breakEntryTwoAndUnlock(page, app.vaultDir);
  await books.getByRole('button', { name: 'Verify the ledger' }).click();
  await expect(books.getByRole('status')).toContainText('Not intact. The ledger is broken at entry #2: its content does not match its content hash');
  await expect(books.getByRole('status')).toContainText('Nothing was changed to hide it. Keep a copy of the vault folder as it is now');
  await inspect(page, 'dashboard-verify-broken');
  await books.getByRole('button', { name: 'Open the proof of the ledger' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Proof of the ledger' })).toBeFocused();
  expect(app.internalErrors).toEqual([]);
});

test('a passphrase can be shown and hidden again by keyboard without submitting, and Caps Lock is warned of while typing', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await lockNow(page);
  const field = page.getByLabel('Passphrase');
  const show = page.getByRole('button', { name: 'Show passphrase' });
  await field.fill('orchard lantern');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(show).toHaveAttribute('aria-pressed', 'false');

  // Reached by Tab from the field; Space and Enter press it and submit nothing.
  await field.focus();
  await page.keyboard.press('Tab');
  await expect(show).toBeFocused();
  await page.keyboard.press('Space');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveValue('orchard lantern');
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  await expect(page.getByText('That passphrase does not open this vault', { exact: false })).toHaveCount(0);

  // Playwright's CapsLock key does not set the modifier state in Chromium (getModifierState stays false),
  // so the key events carry it as a keyboard with Caps Lock on would.
  const warning = page.getByText('Caps Lock is on: the passphrase is being typed in capitals.');
  await show.press('Space');
  await field.focus();
  await field.dispatchEvent('keydown', { key: 'O', modifierCapsLock: true, bubbles: true });
  await expect(warning).toBeVisible();
  await expect(field).toHaveAttribute('aria-describedby', 'unlock-secret-caps-lock');
  await expect(page.locator('#unlock-secret-caps-lock')).toHaveAttribute('aria-live', 'polite');
  await inspect(page, 'unlock-caps-lock-shown');
  // A key with Caps Lock off takes the warning away; so does leaving the field.
  await field.dispatchEvent('keydown', { key: 'o', bubbles: true });
  await expect(warning).toHaveCount(0);
  await field.dispatchEvent('keyup', { key: 'O', modifierCapsLock: true, bubbles: true });
  await expect(warning).toBeVisible();
  await show.focus();
  await expect(warning).toHaveCount(0);
  expect(app.internalErrors).toEqual([]);
});

test('the folder picker: no button in the Chromium shell; where the app has one, a cancel changes nothing and a choice fills the field', async ({ app }) => {
  const { page } = app.shell;
  const folderField = page.getByLabel('Vault folder');
  await expect(folderField).toHaveValue(app.vaultDir);
  await expect(page.getByRole('button', { name: 'Choose a folder…' })).toHaveCount(0);

  // A stand-in for the Electron preload's window.desktop: it answers what the test sets, as the dialog would.
  await page.addInitScript(() => {
    const page = globalThis as unknown as { desktop: unknown; nextChoice: string | null };
    page.nextChoice = null;
    page.desktop = { chooseFolder: () => Promise.resolve(page.nextChoice) };
  });
  await page.reload();
  const choose = page.getByRole('button', { name: 'Choose a folder…' });
  await expect(choose).toBeVisible();
  await inspect(page, 'setup-folder-choose');

  await folderField.fill('/home/treasurer/typed');
  await choose.click();
  await expect(folderField).toHaveValue('/home/treasurer/typed');
  await page.evaluate(() => ((globalThis as unknown as { nextChoice: string }).nextChoice = '/home/treasurer/Group vault'));
  await choose.click();
  await expect(folderField).toHaveValue('/home/treasurer/Group vault');
  expect(app.internalErrors).toEqual([]);
});
