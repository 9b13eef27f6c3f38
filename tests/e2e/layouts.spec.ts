// Every section holds its shape from 800×600 to 1920×1080, in English and in Spanish (whose words run
// longer): nothing is cut off or pushed past the main area's edge, the ledger keeps every column, and
// its Kind column shows the correction and reversed markers whole; and text at twice its size still
// fits at 1280×800. Screenshots at each size go to
// test-results/screens. Synthetic data only.
import type { Page } from '@playwright/test';
import type { Language } from '../../shared/messages/language.ts';
import type { MessageKey } from '../../shared/messages/message.ts';
import { translatorFor, type Translator } from '../../shared/messages/translator.ts';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';

const sizes = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Whatever in the main area is cut off: text wider than its box, or a control or table past the main
 * area's right edge. Run in the page, as a script (the tests are typed for Node, not the DOM).
 */
const cutOffInPage = `(() => {
  const found = [];
  const main = document.querySelector('main');
  if (main === null) return ['no main'];
  if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
  const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
  for (const control of main.querySelectorAll('button, a, input, select, table, [role="grid"]')) {
    // Inside a frame that scrolls sideways (a wide table), a control is reached by scrolling: the frame must fit.
    let frame = control.parentElement;
    while (frame !== main && !['auto', 'scroll'].includes(getComputedStyle(frame).overflowX)) frame = frame.parentElement;
    const box = (frame === main ? control : frame).getBoundingClientRect();
    if (box.width > 0 && box.right > edge + 0.5) found.push(control.tagName + ' "' + control.textContent.trim().slice(0, 40) + '" ends at ' + Math.round(box.right) + ', past ' + Math.round(edge));
  }
  for (const cell of main.querySelectorAll('[role="gridcell"], [role="columnheader"], td, th')) {
    // A long memo may end in an ellipsis: the entry's details show it whole. Nothing else may be cut.
    if (getComputedStyle(cell).display === 'none') found.push('hidden column: ' + cell.textContent.trim());
    else if (cell.scrollWidth > cell.clientWidth + 1 && !cell.classList.contains('memo')) found.push('cut text: ' + cell.textContent.trim());
  }
  return found;
})()`;

function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(cutOffInPage);
}

/** Each section: its name in the navigation, and the heading that takes focus when it opens. */
const sections = {
  dashboard: { name: 'app.section.dashboard', heading: 'dashboardScreen.title' },
  ledger: { name: 'app.section.ledger', heading: 'ledgerScreen.title' },
  accounts: { name: 'app.section.accounts', heading: 'accountsScreen.title' },
  funds: { name: 'app.section.funds', heading: 'fundsScreen.title' },
  retention: { name: 'retentionScreen.section', heading: 'retentionScreen.title' },
  summary: { name: 'auditScreen.section', heading: 'auditScreen.section' },
  vault: { name: 'app.section.vault', heading: 'vaultScreen.title' },
} satisfies Record<string, { name: MessageKey; heading: MessageKey }>;

/** Opens a section from the navigation, in the language on screen, and waits for its heading to take focus. */
async function openSection(page: Page, words: Translator, section: keyof typeof sections): Promise<void> {
  const { name, heading } = sections[section];
  await page
    .getByRole('navigation', { name: words.words('app.sections') })
    .getByRole('button', { name: words.words(name), exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: words.words(heading), exact: true })).toBeFocused();
}

/** Text at twice its size, as the browser's font size setting (32 instead of 16) makes it. */
async function largerText(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect.poll(() => page.evaluate(`getComputedStyle(document.documentElement).fontSize`)).toBe('34px');
}

/** Every section at every size, in one language: no cut text, nothing past the edge, no axe violation. */
async function checkEverySection(page: Page, language: Language, only: readonly { width: number; height: number }[] = sizes, largeText = false): Promise<void> {
  const words = translatorFor(language);
  for (const size of only) {
    const at = `${language} at ${size.width}×${size.height}${largeText ? ', text at 200%' : ''}`;
    const shot = `${language}-${size.width}`;
    // A resize (and a full-page screenshot, which resizes) sets the text size back to the browser's own:
    // with large text, the text is made large after the resize, and no screenshot is kept.
    const shoot = (name: string) => (largeText ? Promise.resolve() : saveScreen(page, name));
    await page.setViewportSize(size);
    if (largeText) await largerText(page);
    await openSection(page, words, 'ledger');
    await expect(page.getByRole('main').getByText(words.words('ledgerScreen.countAll', { count: 4 }))).toBeVisible();
    const correction = `${words.words('common.entryKind.contribution')} ${words.words('ledgerScreen.tag.correction')}`;
    await expect(page.getByRole('grid').getByRole('row', { name: new RegExp(correction) })).toBeVisible();
    await shoot(`ledger-${shot}`);
    await expectNoAxeViolations(page, `ledger ${at}`);
    // Scrolling sideways or not, Tab from the last filter reaches the table's first row.
    await page.getByLabel(words.words('ledgerScreen.filters.memo'), { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('[role="row"]:focus')).toHaveAttribute('aria-rowindex', '2');
    expect(await cutOff(page), `ledger ${at}`).toEqual([]);

    await openSection(page, words, 'accounts');
    await expect(page.getByRole('button', { name: words.words('accountsScreen.statusOf', { name: 'Venmo (treasurer)' }) })).toBeVisible();
    await shoot(`accounts-${shot}`);
    await expectNoAxeViolations(page, `accounts ${at}`);
    expect(await cutOff(page), `accounts ${at}`).toEqual([]);

    for (const section of ['dashboard', 'funds', 'retention', 'summary', 'vault'] as const) {
      await openSection(page, words, section);
      await shoot(`${section}-${shot}`);
      await expectNoAxeViolations(page, `${section} ${at}`);
      expect(await cutOff(page), `${section} ${at}`).toEqual([]);
    }
  }
}

test('every section holds from 800×600 to 1920×1080, in English and Spanish', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });
  const call = (method: string, input: unknown) => callCore(app, method, input);
  const accountId = await addCreditUnion(app);
  await call('accounts.add', {
    name: 'Venmo (treasurer)',
    kind: 'venmo',
    currency: 'USD',
    holder: 'organisation',
    security: { mfa: true, personalPhone: false, personalName: false, personalCard: false },
  });
  await call('ledger.record', { kind: 'contribution', date: '2026-11-02', amount: 120_000, accountId, memo: 'Monthly pledges from the solidarity circle' });
  const mistaken = await call('ledger.record', { kind: 'contribution', date: '2026-11-03', amount: 5_000, accountId, memo: 'Entered twice' });
  if (!mistaken.ok) throw new Error(JSON.stringify(mistaken.error));
  await call('ledger.reverse', { seq: (mistaken.value as { seq: number }).seq, memo: 'Entered twice by mistake' });
  await call('ledger.record', { kind: 'disbursement', date: '2026-11-04', amount: 45_000, accountId, category: 'rent', recipientCode: 'R-AAA1', memo: 'Rent help for November' });

  await checkEverySection(page, 'en');
  // The same in Spanish, chosen as the treasurer would have it remembered, and read afresh.
  const chosen = await call('settings.chooseLanguage', { language: 'es' });
  if (!chosen.ok) throw new Error(JSON.stringify(chosen.error));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: translatorFor('es').words('dashboardScreen.title') })).toBeVisible();
  await checkEverySection(page, 'es');

  // Text at twice its size (the browser's font size setting at 32 instead of 16, WCAG 1.4.4) in the
  // longer language, in a laptop's window: still nothing cut off or out of reach.
  await checkEverySection(page, 'es', [{ width: 1280, height: 800 }], true);
  expect(app.internalErrors).toEqual([]);
});
