import type { Page } from '@playwright/test';

/** The name a person hears for the focused control: its aria-label, its label, or its text. Run in the page. */
const focusedName = `(() => {
  const element = document.activeElement;
  if (element === null) return '';
  return (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
})()`;

/** Presses Tab until the focused control has this name (its aria-label, label or text). */
export async function tabTo(page: Page, name: string | RegExp, limit = 12): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const label = (await page.evaluate(focusedName)) as string;
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`no control named ${String(name)} within ${limit} tabs`);
}

/** Presses Tab until a row of a grid has the focus (roving focus: the grid is one tab stop). */
export async function tabIntoGrid(page: Page, limit = 30): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(`document.activeElement?.getAttribute('role')`)) === 'row') return;
  }
  throw new Error(`no grid row within ${limit} tabs`);
}
