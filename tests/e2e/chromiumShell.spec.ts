import { contentSecurityPolicy } from '../../electron/contentSecurityPolicy.ts';
import { shellOrigin } from '../../electron/shell/chromiumShell.ts';
import { expect, test } from './support/appFixture.ts';

type PageGlobals = { fetch(url: string): Promise<unknown>; open(url: string): unknown };

test('the shell serves only the app, with its CSP, and nothing else is reachable', async ({ app }) => {
  const { page } = app.shell;
  const response = await page.reload();
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
  expect(page.url()).toBe(`${shellOrigin}/`);

  const fetched = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).fetch('https://example.com/').then(
      () => 'reached',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');

  const popup = page.context().waitForEvent('page');
  await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/'));
  await expect.poll(async () => (await popup).isClosed()).toBe(true);
  expect(page.context().pages()).toEqual([page]);

  const traversal = await page.goto(`${shellOrigin}/..%2f..%2fpackage.json`);
  expect(traversal?.status()).toBe(404);

  await expect(page.goto('https://example.com/')).rejects.toThrow();
});
