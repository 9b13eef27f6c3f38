// The ledger table over many entries: only the rows on screen are in the page, windows of rows are
// fetched as the keyboard moves through them, and the oldest entry is one End key away.
import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import { expect, test } from './support/appFixture.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import type { PageWithTreasury } from './support/pageTreasury.ts';
import { saveScreen } from './support/screens.ts';
import { completeSetup } from './support/setupFlow.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';

/** Rows the page may hold at once: a screenful and the overscan, nowhere near the entry count. */
const fewRows = 40;

const grid = (page: Page) => page.getByRole('grid', { name: 'Ledger entries, newest first' });
const focusedRow = (page: Page) => page.locator('[role="row"]:focus');

async function openLedgerAtFirstRow(page: Page, count: string): Promise<void> {
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeFocused();
  await expect(page.getByRole('main').getByText(`${count} entries in the ledger`)).toBeVisible({ timeout: 30_000 });
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(Number(count.replace(/,/g, '')) + 1));
  // Tab from the filters reaches the grid's one tab stop: its first row.
  await page.getByLabel('Memo contains', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', '2');
}

test('20,000 real entries: End reaches the oldest, with only a screenful of rows in the page', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });

  // Seeded straight through the core's dispatcher, as the screens would record them, four a day
  // (about fourteen years, inside the vault's earliest date of 2000-01-01).
  const call = (method: string, input: unknown) => callCore(app, method, input);
  const accountId = await addCreditUnion(app);
  const count = 20_000;
  const today = new Date();
  const seeding = Date.now();
  const results = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      call('ledger.record', {
        kind: index % 5 === 4 ? 'disbursement' : 'contribution',
        date: format(subDays(today, Math.ceil((count - index) / 4)), 'yyyy-MM-dd'),
        amount: 1_000 + index,
        accountId,
        memo: `Seed entry ${index + 1}`,
      }),
    ),
  );
  expect(results.filter((result) => !result.ok)).toEqual([]);
  console.log(`seeded ${count} entries in ${Date.now() - seeding} ms`);

  await openLedgerAtFirstRow(page, '20,000');
  await expect(focusedRow(page)).toContainText('Seed entry 20000');
  expect(await grid(page).getByRole('row').count()).toBeLessThan(fewRows);

  // Page Down moves a screenful at a time; the focused row is always on screen.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const rowIndex = () => focusedRow(page).getAttribute('aria-rowindex').then(Number);
  // Two screenfuls down (a screenful is at least 8 rows at this window size).
  await expect.poll(rowIndex).toBeGreaterThan(17);
  const afterPages = await rowIndex();
  await expect(focusedRow(page)).toBeInViewport();
  await expect(focusedRow(page)).toContainText(new RegExp(`Seed entry ${count - (afterPages - 2)}(?!\\d)`));

  // End: the last row is the oldest entry, fetched on demand, focused and in view.
  const pressed = Date.now();
  await page.keyboard.press('End');
  await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', String(count + 1));
  await expect(focusedRow(page)).toContainText(/Seed entry 1(?!\d)/);
  await expect(focusedRow(page)).toBeInViewport();
  console.log(`End showed the oldest of ${count} entries in ${Date.now() - pressed} ms`);
  expect(await grid(page).getByRole('row').count()).toBeLessThan(fewRows);

  // Up from the end, then Enter opens the entry it is on.
  await page.keyboard.press('ArrowUp');
  await expect(focusedRow(page)).toContainText(/Seed entry 2(?!\d)/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Entry #2: contribution' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(focusedRow(page)).toContainText(/Seed entry 2(?!\d)/);

  await page.keyboard.press('Home');
  await expect(focusedRow(page)).toContainText('Seed entry 20000');
  await expectNoAxeViolations(page, 'ledger with 20,000 entries');
  await saveScreen(page, 'ledger-many');
  expect(app.internalErrors).toEqual([]);
});

test('a million entries from a stubbed core list (the page answers with synthetic entries): the table scales its scroll area and End still lands on the oldest', async ({ app }) => {
  const { page } = app.shell;
  await completeSetup(page, { totp: false });

  // The core's windows at large offsets are tested in tests/core/ledger/entryListWindows.test.ts; seeding a million real entries here would
  // take half an hour, so the page's list and summarise answer with synthetic entries instead.
  await page.evaluate(() => {
    const total = 1_000_000;
    const ledger = (globalThis as unknown as PageWithTreasury).treasury.ledger as unknown as Record<string, (input: Record<string, number>) => Promise<unknown>>;
    const calls: number[] = [];
    Object.assign(globalThis, { listCalls: calls });
    const entryAt = (index: number) => {
      const seq = total - index;
      const date = new Date(Date.UTC(2026, 0, 1) - Math.floor(index / 100) * 86_400_000).toISOString().slice(0, 10);
      const amount = 100 + (seq % 900);
      return {
        seq,
        kind: 'contribution',
        date,
        amount,
        direction: 'in',
        currency: 'USD',
        accountId: 1,
        accountName: 'Credit union',
        toAccountId: null,
        toAccountName: null,
        fundId: 1,
        fundName: 'General',
        toFundId: null,
        toFundName: null,
        category: 'other',
        recipientCode: null,
        memo: `Synthetic entry ${seq}`,
        hasReceipt: false,
        shredded: [],
        reversesSeq: null,
        reversedBySeq: null,
        accountEffect: amount,
        recordedAt: '2026-01-01T00:00:00.000Z',
        contentHash: 'a'.repeat(64),
        chainHash: 'b'.repeat(64),
      };
    };
    ledger.count = async () => ({ ok: true, value: { total } });
    // The totals come when the test says, as over a memo search that finds many entries: the table must not wait for them.
    ledger.summarise = () =>
      new Promise((resolve) => {
        Object.assign(globalThis, { sendTotals: () => resolve({ ok: true, value: { total, totals: [{ currency: 'USD', moneyIn: 549_500_000, moneyOut: 0, adjusted: 0 }] } }) });
      });
    ledger.list = async (input) => {
      const offset = input.offset ?? 0;
      const limit = input.limit ?? 100;
      calls.push(offset);
      const entries = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, position) => entryAt(offset + position));
      return { ok: true, value: { entries } };
    };
  });

  await openLedgerAtFirstRow(page, '1,000,000');
  await expect(focusedRow(page)).toContainText('Synthetic entry 1000000');
  const totals = page.getByRole('main').getByRole('status').filter({ hasText: '1,000,000 entries' });
  await expect(totals).toContainText('Adding up the money in and out…');
  await page.evaluate(() => (globalThis as unknown as { sendTotals: () => void }).sendTotals());
  await expect(totals).toContainText('$5,495,000.00');
  await expect(totals).not.toContainText('Adding up');
  // (A full-page screenshot resizes the window and sends the scaled grid back to its top: taken here, before End.)
  await saveScreen(page, 'ledger-million');
  // Browsers cannot lay out an element a million rows tall: the scroll area is capped and scaled.
  const scrollHeight = await grid(page)
    .locator('.ledger-body')
    .evaluate((body) => body.scrollHeight);
  expect(scrollHeight).toBeLessThan(10_000_000);

  const pressed = Date.now();
  await page.keyboard.press('End');
  await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', '1000001');
  await expect(focusedRow(page)).toContainText(/Synthetic entry 1(?!\d)/);
  await expect(focusedRow(page)).toBeInViewport();
  console.log(`End showed the oldest of 1,000,000 entries in ${Date.now() - pressed} ms`);
  expect(await grid(page).getByRole('row').count()).toBeLessThan(fewRows);

  // Arrow keys and Page Up walk back through the scaled area row by row, a screenful at a time.
  await page.keyboard.press('ArrowUp');
  await expect(focusedRow(page)).toContainText(/Synthetic entry 2(?!\d)/);
  await page.keyboard.press('PageUp');
  await expect.poll(() => focusedRow(page).getAttribute('aria-rowindex').then(Number)).toBeLessThan(999_993);
  const index = Number(await focusedRow(page).getAttribute('aria-rowindex'));
  await expect(focusedRow(page)).toContainText(new RegExp(`Synthetic entry ${1_000_001 - (index - 1)}(?!\\d)`));
  await expect(focusedRow(page)).toBeInViewport();

  // Only the windows the screen needed were asked for: the first, and the last one or two.
  const asked = await page.evaluate(() => (globalThis as unknown as { listCalls: number[] }).listCalls);
  expect(asked.length).toBeLessThan(8);
  expect(asked).toContain(999_800);
  expect(app.internalErrors).toEqual([]);
});
