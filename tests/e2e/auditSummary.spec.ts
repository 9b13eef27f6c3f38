// The auditor's summary on screen, between two computers: the treasurer makes one from the Summary
// section with the keyboard alone, and its fingerprint is the vault's group key's; an auditor with no
// vault opens the file from the first screen, in English and in Spanish, and reads the same
// fingerprint and figures, and saves it as a PDF; a copy with one figure changed is refused and shows
// nothing. axe checks each screen, and screenshots at 800×600 and 1280×800 go to test-results/screens.
// Synthetic data only.
import type { Page } from '@playwright/test';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translatorFor } from '../../shared/messages/translator.ts';
import { expect, test, type AppUnderTest } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { tabTo } from './support/keyboard.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup, lockNow } from './support/setupFlow.ts';

const focused = (page: Page) => page.locator(':focus');
const english = translatorFor('en');
const spanish = translatorFor('es');

/** A USB stick between the two computers: a folder outside both vaults. */
let usbStick: string;
test.beforeEach(async () => {
  usbStick = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-summary-'));
});
test.afterEach(async () => {
  await rm(usbStick, { recursive: true, force: true });
});

async function record(app: AppUnderTest, entry: Record<string, unknown>): Promise<void> {
  const recorded = await callCore(app, 'ledger.record', entry);
  if (!recorded.ok) throw new Error(JSON.stringify(recorded.error));
}

/**
 * Three past months (the app's clock is the machine's: summaries end before this month). September
 * has fourteen contributions and twelve rent disbursements, enough to show; August's contributions
 * and October's two bail payments from a restricted fund are too few, and are hidden.
 */
async function seedThreeMonths(app: AppUnderTest): Promise<void> {
  const accountId = await addCreditUnion(app);
  const member = await callCore(app, 'accounts.add', {
    name: 'Venmo of member M-17',
    kind: 'venmo',
    currency: 'USD',
    holder: 'member',
    security: { mfa: true, personalPhone: true, personalName: true, personalCard: false },
  });
  if (!member.ok) throw new Error(JSON.stringify(member.error));
  const fund = await callCore(app, 'funds.add', { name: 'Bail fund', restricted: true, purpose: 'Bail and court fees' });
  if (!fund.ok) throw new Error(JSON.stringify(fund.error));
  const bailFund = (fund.value as { id: number }).id;

  for (const day of ['05', '12', '19']) await record(app, { kind: 'contribution', date: `2026-08-${day}`, amount: 2_500, accountId, memo: 'Dues (synthetic)' });
  for (const day of ['06', '13', '20']) await record(app, { kind: 'contribution', date: `2026-08-${day}`, amount: 20_000, accountId, fundId: bailFund, memo: 'Bail pledge (synthetic)' });
  for (let day = 1; day <= 14; day += 1) await record(app, { kind: 'contribution', date: `2026-09-${String(day).padStart(2, '0')}`, amount: 2_000, accountId, memo: 'Dues (synthetic)' });
  for (let day = 15; day <= 26; day += 1) {
    await record(app, { kind: 'disbursement', date: `2026-09-${day}`, amount: 1_500, accountId, category: 'rent', recipientCode: `R-${day}`, memo: 'Rent help (synthetic)' });
  }
  for (const day of ['07', '21']) {
    await record(app, { kind: 'disbursement', date: `2026-10-${day}`, amount: 10_000, accountId, fundId: bailFund, category: 'bail', recipientCode: `B-${day}`, memo: 'Bail (synthetic)' });
  }
}

/** The fingerprint as shown, one space between groups. */
async function fingerprintIn(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();
}

/** The vault's group key fingerprint, as the Vault section shows it under This vault's technical details. */
async function vaultFingerprint(page: Page): Promise<string> {
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Vault', exact: true })).toBeFocused();
  const about = page.getByRole('region', { name: 'This vault' });
  await about.getByText('Technical details').click();
  return (await about.locator('.fingerprint').innerText()).replace(/\s+/g, ' ').trim();
}

/** Screenshots at a small laptop's and a usual laptop's size, then back to the usual one. */
async function shootAtTwoSizes(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 800, height: 600 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await saveScreen(page, `${name}-${size.width}`);
    await expectNoAxeViolations(page, `${name} at ${size.width}×${size.height}`);
  }
}

/** Nothing in the main area is wider than the window: wide tables scroll inside their own frame. */
async function expectNoSidewaysPage(page: Page): Promise<void> {
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
}

/** The monthly totals of the three months as the tables must show them, in one language. */
async function expectTheFigures(page: Page, words: typeof english): Promise<void> {
  const totals = page.getByRole('table', { name: words.words('auditScreen.totals.caption', { currency: 'USD' }) });
  const month = (name: string) => totals.getByRole('row', { name: new RegExp(`^${name}`) });
  const september = month(words.language === 'en' ? 'September 2026' : 'septiembre de 2026');
  await expect(september).toContainText(words.money(28_000, 'USD'));
  await expect(september).toContainText(words.words('auditScreen.figure.entries', { count: 14 }));
  await expect(september).toContainText(words.money(18_000, 'USD'));
  await expect(september).toContainText(words.words('auditScreen.figure.entries', { count: 12 }));
  // August's six contributions and October's two payments are fewer than 11: hidden, never drawn as nothing.
  const hidden = words.words('auditScreen.figure.hidden');
  await expect(
    month(words.language === 'en' ? 'August 2026' : 'agosto de 2026')
      .getByRole('cell')
      .nth(0),
  ).toHaveText(hidden);
  await expect(
    month(words.language === 'en' ? 'October 2026' : 'octubre de 2026')
      .getByRole('cell')
      .nth(1),
  ).toHaveText(hidden);
  await expect(page.locator('.summary-chart-hidden').first()).toHaveText(hidden);

  const accounts = page.getByRole('table', { name: new RegExp(words.language === 'en' ? '^Balances at the start' : '^Saldos al inicio') });
  await expect(accounts.getByRole('rowheader', { name: 'Credit union', exact: true })).toBeVisible();
  await expect(accounts.getByRole('rowheader', { name: words.words('auditScreen.accounts.memberHeld', { kind: { key: 'common.accountKind.venmo' } }) })).toBeVisible();
  // A member's account is shown by its kind alone: its name may carry theirs.
  await expect(page.getByText('M-17')).toHaveCount(0);
  await expect(page.getByRole('table', { name: new RegExp(words.language === 'en' ? '^What each fund held' : '^Lo que tenía cada fondo') })).toContainText('Bail fund');
  await expect(page.getByRole('table', { name: words.words('auditScreen.categories.caption', { currency: 'USD' }) }).getByRole('rowheader', { name: words.words('common.category.rent') })).toHaveCount(
    1,
  );
}

test('a summary is made by keyboard, opened with no vault in English and Spanish, saved as a PDF, and a changed copy is refused', async ({ app, secondApp }) => {
  test.setTimeout(300_000);
  const treasurer = app.shell.page;
  const auditor = secondApp.shell.page;
  await completeSetup(treasurer, { totp: false });
  await seedThreeMonths(app);
  const groupKey = await vaultFingerprint(treasurer);
  expect(groupKey).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);

  // Alt+6 opens the Summary, before the Vault; the period is chosen and the file named by keyboard.
  await treasurer.keyboard.press('Alt+6');
  await expect(treasurer.getByRole('heading', { level: 1, name: 'Summary', exact: true })).toBeFocused();
  await expect(treasurer.getByRole('button', { name: 'Summary', exact: true })).toHaveAttribute('aria-current', 'page');
  await tabTo(treasurer, 'From');
  // The last three whole months are offered first: September to November 2026.
  await expect(focused(treasurer)).toHaveValue('2026-09');
  await treasurer.keyboard.press('ArrowDown');
  await expect(focused(treasurer)).toHaveValue('2026-08');
  await treasurer.keyboard.press('Tab');
  await expect(focused(treasurer)).toHaveAccessibleName('To');
  await expect(focused(treasurer)).toHaveValue('2026-11');
  await treasurer.keyboard.press('ArrowDown');
  await expect(focused(treasurer)).toHaveValue('2026-10');
  await tabTo(treasurer, 'Summary file');
  const summaryFile = path.join(usbStick, 'summary-2026-q3.json');
  await treasurer.keyboard.type(summaryFile);
  await tabTo(treasurer, 'hledger journal (optional)');
  const journalFile = path.join(usbStick, 'summary-2026-q3.journal');
  await treasurer.keyboard.type(journalFile);
  // The smallest figure shown is folded away, with what it does, and 11 unless changed.
  await tabTo(treasurer, 'Advanced: smallest figure shown');
  await treasurer.keyboard.press('Enter');
  await treasurer.keyboard.press('Tab');
  await expect(focused(treasurer)).toHaveAccessibleName('Smallest figure shown, in entries');
  await expect(focused(treasurer)).toHaveValue('11');
  await expectNoAxeViolations(treasurer, 'summary form');
  await tabTo(treasurer, 'Make the summary');
  await treasurer.keyboard.press('Enter');

  await expect(treasurer.getByRole('heading', { level: 2, name: 'Summary saved' })).toBeFocused();
  await expect(treasurer.getByRole('main')).toContainText(summaryFile);
  await expect(treasurer.getByRole('main')).toContainText(journalFile);
  expect(await fingerprintIn(treasurer, '#summary-made-fingerprint')).toBe(groupKey);
  expect(await fingerprintIn(treasurer, '#summary-fingerprint')).toBe(groupKey);
  const written = JSON.parse(await readFile(summaryFile, 'utf8')) as { signature: { fingerprint: string }; summary: { months: { month: string; total: { moneyIn: unknown } }[] } };
  expect(written.signature.fingerprint).toBe(groupKey);
  expect(written.summary.months.map((month) => month.total.moneyIn)).toEqual([{ hidden: true }, { count: 14, amount: 28_000 }, { hidden: true }]);
  expect(await readFile(journalFile, 'utf8')).toContain('2026-09-01');
  await expect(treasurer.getByRole('heading', { level: 2, name: 'Summary of August 2026 to October 2026' })).toBeVisible();
  await expectTheFigures(treasurer, english);
  await expectNoSidewaysPage(treasurer);
  await shootAtTwoSizes(treasurer, 'audit-summary-made-en');

  // Nothing is ever overwritten: the same name again is refused, and the form is kept.
  await tabTo(treasurer, 'Make another summary', 40);
  await treasurer.keyboard.press('Enter');
  await expect(focused(treasurer)).toHaveAccessibleName('From');
  await expect(focused(treasurer)).toHaveValue('2026-08');
  await tabTo(treasurer, 'Summary file');
  await treasurer.keyboard.type(summaryFile);
  await tabTo(treasurer, 'Make the summary');
  await treasurer.keyboard.press('Enter');
  await expect(treasurer.getByRole('alert')).toContainText(`There is already a file at ${summaryFile}`);
  await expect(treasurer.getByLabel('Summary file')).toHaveValue(summaryFile);

  // The Vault section checks that the ledger still extends what the summary stated, as verify --since-summary does.
  await treasurer.keyboard.press('Alt+7');
  const proof = treasurer.getByRole('region', { name: 'Proof of the ledger' });
  await proof.getByLabel('Or a summary published before (optional)').fill(summaryFile);
  await proof.getByRole('button', { name: 'Check the ledger' }).click();
  await expect(proof.getByRole('status')).toHaveText(/^All \d+ entries and \d+ facts check out\. The ledger still extends what was written down\.$/);
  await expectNoAxeViolations(treasurer, 'vault, proof of the ledger against a summary');

  // A copy with one figure changed: September's money in, 28000 cents made 28001.
  const tampered = path.join(usbStick, 'summary-changed.json');
  const text = await readFile(summaryFile, 'utf8');
  expect(text).toContain('"amount": 28000');
  await writeFile(tampered, text.replace('"amount": 28000', '"amount": 28001'));

  // The auditor's computer has no vault: Open a summary from the first screen, by keyboard.
  await expect(auditor.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await expectNoAxeViolations(auditor, 'first screen with Open a summary');
  await saveScreen(auditor, 'audit-first-screen-en');
  await tabTo(auditor, 'Open a summary');
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('heading', { level: 1, name: 'Open a summary' })).toBeFocused();
  await auditor.keyboard.press('Tab');
  await expect(focused(auditor)).toHaveAccessibleName('Summary file');
  await auditor.keyboard.type(tampered);
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('alert')).toContainText('changed after it was signed');
  await expect(auditor.getByRole('alert')).toContainText('Its figures are not shown');
  await expect(auditor.getByRole('heading', { name: /Summary of/ })).toHaveCount(0);
  await expect(auditor.getByRole('table')).toHaveCount(0);
  await expect(focused(auditor)).toHaveAccessibleName('Summary file');
  await expectNoAxeViolations(auditor, 'summary refused');
  await saveScreen(auditor, 'audit-open-refused-en');

  await auditor.keyboard.press('Control+A');
  await auditor.keyboard.type(summaryFile);
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('heading', { level: 1, name: 'Summary of August 2026 to October 2026' })).toBeFocused();
  await expect(auditor.getByRole('heading', { level: 2, name: 'Signature checked' })).toBeVisible();
  expect(await fingerprintIn(auditor, '#summary-fingerprint')).toBe(groupKey);
  await expect(auditor.getByText('Compare it, group by group, with the fingerprint the group published')).toBeVisible();
  await expectTheFigures(auditor, english);
  await expectNoSidewaysPage(auditor);
  await shootAtTwoSizes(auditor, 'audit-view-en');

  // Save as PDF, with no vault: the summary checked again and written in the language on screen.
  await tabTo(auditor, 'Save as PDF', 20);
  await auditor.keyboard.press('Enter');
  await expect(focused(auditor)).toHaveAccessibleName('PDF file');
  const pdfFile = path.join(usbStick, 'summary-2026-q3.pdf');
  await auditor.keyboard.type(pdfFile);
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('status')).toContainText(`The PDF was saved to ${pdfFile}`);
  await expect(focused(auditor)).toHaveId('summary-pdf-saved');
  expect((await readFile(pdfFile)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Back to the first screen, Español chosen there by keyboard, and the same file opened again.
  await auditor.getByRole('heading', { level: 1, name: 'Summary of August 2026 to October 2026' }).focus();
  await auditor.keyboard.press('Shift+Tab');
  await expect(focused(auditor)).toHaveAccessibleName('Back');
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeFocused();
  await auditor.keyboard.press('Shift+Tab');
  await auditor.keyboard.press('ArrowRight');
  await expect(focused(auditor)).toHaveAccessibleName('Español');
  await tabTo(auditor, 'Abrir un resumen', 20);
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('heading', { level: 1, name: 'Abrir un resumen' })).toBeFocused();
  await auditor.keyboard.press('Tab');
  await expect(focused(auditor)).toHaveAccessibleName('Archivo de resumen');
  await auditor.keyboard.type(tampered);
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('alert')).toContainText('se modificó después de firmarlo');
  await expect(auditor.getByRole('alert')).toContainText('Sus cifras no se muestran');
  await auditor.keyboard.press('Control+A');
  await auditor.keyboard.type(summaryFile);
  await auditor.keyboard.press('Enter');
  await expect(auditor.getByRole('heading', { level: 1, name: 'Resumen de agosto de 2026 a octubre de 2026' })).toBeFocused();
  await expect(auditor.getByRole('heading', { level: 2, name: 'Firma comprobada' })).toBeVisible();
  expect(await fingerprintIn(auditor, '#summary-fingerprint')).toBe(groupKey);
  await expectTheFigures(auditor, spanish);
  await expectNoSidewaysPage(auditor);
  await shootAtTwoSizes(auditor, 'audit-view-es');

  // Print shows the summary alone: the buttons and the way back are not printed.
  await auditor.emulateMedia({ media: 'print' });
  await expect(auditor.getByRole('button', { name: 'Imprimir' })).toBeHidden();
  await expect(auditor.getByRole('button', { name: 'Volver' })).toBeHidden();
  await expect(auditor.getByRole('heading', { level: 1, name: 'Resumen de agosto de 2026 a octubre de 2026' })).toBeVisible();
  await saveScreen(auditor, 'audit-view-es-print');
  await auditor.emulateMedia({ media: 'screen' });

  // The treasurer's own laptop, locked, opens a summary too, without unlocking.
  await lockNow(treasurer);
  await expectNoAxeViolations(treasurer, 'unlock screen with Open a summary');
  await saveScreen(treasurer, 'audit-unlock-screen-en');
  await tabTo(treasurer, 'Open a summary', 20);
  await treasurer.keyboard.press('Enter');
  await expect(treasurer.getByRole('heading', { level: 1, name: 'Open a summary' })).toBeFocused();
  await treasurer.keyboard.press('Tab');
  await treasurer.keyboard.type(summaryFile);
  await treasurer.keyboard.press('Enter');
  await expect(treasurer.getByRole('heading', { level: 1, name: 'Summary of August 2026 to October 2026' })).toBeFocused();
  expect(await fingerprintIn(treasurer, '#summary-fingerprint')).toBe(groupKey);
  await treasurer.getByRole('button', { name: 'Back' }).click();
  await expect(treasurer.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();

  // The copy is left for nobody to mistake: the original is unchanged.
  await copyFile(summaryFile, path.join(usbStick, 'kept.json'));
  expect(await readFile(path.join(usbStick, 'kept.json'), 'utf8')).toBe(text);
  expect(app.internalErrors).toEqual([]);
  expect(secondApp.internalErrors).toEqual([]);
});

test('the Summary section in Spanish: the period by keyboard, a PDF beside it, and the view at two sizes', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  await seedThreeMonths(app);
  const chosen = await callCore(app, 'settings.chooseLanguage', { language: 'es' });
  if (!chosen.ok) throw new Error(JSON.stringify(chosen.error));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen', exact: true })).toBeVisible();

  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Resumen firmado', exact: true })).toBeFocused();
  await shootAtTwoSizes(page, 'audit-summary-form-es');
  await tabTo(page, 'Desde');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveValue('2026-08');
  await tabTo(page, 'Hasta');
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveValue('2026-10');
  // Not a full path: refused by the core, said in Spanish, the form kept.
  await tabTo(page, 'Archivo de resumen');
  await page.keyboard.type('resumen.json');
  await tabTo(page, 'Hacer el resumen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Indique la ruta completa del archivo');
  await expect(page.getByRole('alert')).toContainText('No se escribió ningún archivo.');
  await expect(page.getByLabel('Desde')).toHaveValue('2026-08');

  const summaryFile = path.join(usbStick, 'resumen.json');
  const pdfFile = path.join(usbStick, 'resumen.pdf');
  await page.getByLabel('Archivo de resumen').fill(summaryFile);
  await page.getByLabel('PDF para imprimir (opcional)').fill(pdfFile);
  await page.getByRole('button', { name: 'Hacer el resumen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Resumen guardado' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText(pdfFile);
  expect((await readFile(pdfFile)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectTheFigures(page, spanish);
  await expectNoSidewaysPage(page);
  await shootAtTwoSizes(page, 'audit-summary-made-es');
  expect(app.internalErrors).toEqual([]);
});
