import type { Page } from '@playwright/test';
import path from 'node:path';

/** Saves what the page shows as test-results/screens/<name>.png, for people to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`), fullPage: true });
}
