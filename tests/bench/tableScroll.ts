// The ledger table as a treasurer scrolls it: the app in headless Chromium over the bench's vault,
// unlocked at its screen, the table scrolled a few dozen rows a frame while the page's own long-task
// records are kept. The browser reports every task over 50 ms.
import { openChromiumShell } from '../../electron/shell/chromiumShell.ts';

export interface TableScroll {
  /** Tasks of 50 ms or more while scrolling, and the longest of them (0 when there was none). */
  longTasks: number;
  longestTask: number;
  /** The longest time between two frames. */
  longestFrame: number;
}

// What the scroll below uses of the page, typed here: this project's TypeScript has no DOM library.
interface PageElement {
  scrollTop: number;
  readonly scrollHeight: number;
  getAttribute(name: string): string | null;
}
interface PageScope {
  document: { querySelector(selector: string): PageElement | null };
  performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  PerformanceObserver: new (callback: (list: { getEntries(): Array<{ duration: number }> }) => void) => { observe(options: { type: string }): void };
}

/** Unlocks the vault at its screen, opens the ledger and scrolls its table through `rows` rows, 40 a frame. */
export async function scrollLedgerTable(vaultDir: string, passphrase: string, rows: number): Promise<TableScroll> {
  const shell = await openChromiumShell({ headless: true, treasury: { defaultVaultDir: vaultDir } });
  try {
    const { page } = shell;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 60_000 });
    await page.keyboard.press('Alt+2');
    await page.locator('.ledger-body [role="row"]').first().waitFor();
    return await page.evaluate(async (rows) => {
      const g = globalThis as unknown as PageScope;
      const body = g.document.querySelector('.ledger-body');
      const grid = g.document.querySelector('[role="grid"]');
      if (body === null || grid === null) throw new Error('the ledger table is not on screen');
      const tasks: number[] = [];
      new g.PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
      const pixelsPerRow = body.scrollHeight / (Number(grid.getAttribute('aria-rowcount')) - 1);
      const rowsPerFrame = 40;
      let longestFrame = 0;
      let last = g.performance.now();
      for (let scrolled = 0; scrolled < rows; scrolled += rowsPerFrame) {
        body.scrollTop += rowsPerFrame * pixelsPerRow;
        await new Promise<void>((resolve) => g.requestAnimationFrame(() => resolve()));
        const now = g.performance.now();
        longestFrame = Math.max(longestFrame, now - last);
        last = now;
      }
      // The last windows of rows arrive, and with them any task they cost.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { longTasks: tasks.length, longestTask: Math.max(0, ...tasks), longestFrame };
    }, rows);
  } finally {
    await shell.close();
  }
}
