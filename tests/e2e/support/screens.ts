import type { Page } from '@playwright/test';
import path from 'node:path';
import { expectNoAxeViolations } from './axe.ts';

/** Saves what the page shows as test-results/screens/<name>.png, for people to look at. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`), fullPage: true });
}

/** The sizes every new screen is looked at: a laptop's, and the smallest the app supports. */
export const screenSizes = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
];

/** The screen at each size, checked by axe and saved as <name>-<width>.png, then back at the first size. */
export async function inspectAtEachSize(page: Page, name: string): Promise<void> {
  for (const size of screenSizes) {
    await page.setViewportSize(size);
    await settled(page);
    await expectNoAxeViolations(page, `${name}-${size.width}`);
    await saveScreen(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(screenSizes[0] ?? { width: 1280, height: 800 });
}

/**
 * Two frames after a resize: what the page does about its new size (a table frame that now scrolls
 * becoming a tab stop, told by a ResizeObserver) is done before it is checked.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { requestAnimationFrame: nextFrame } = globalThis as unknown as { requestAnimationFrame: (then: () => void) => number };
    return new Promise<void>((resolve) => nextFrame(() => nextFrame(() => resolve())));
  });
}
