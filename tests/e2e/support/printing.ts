import type { Page } from '@playwright/test';

/** From now on the page's print() opens no dialog: each call is counted instead (see printsMade). */
export async function countPrints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counted = globalThis as unknown as { printed: number; print: () => void };
    counted.printed = 0;
    counted.print = () => {
      counted.printed += 1;
    };
  });
}

/** How many times the page asked for the print dialog since countPrints. */
export function printsMade(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { printed: number }).printed);
}
