import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { appWindowSize } from '../../electron/appWindow.ts';
import { contentSecurityPolicy } from '../../electron/contentSecurityPolicy.ts';
import { blankAppPage, chromiumArguments, shellOrigin } from '../../electron/shell/chromiumShell.ts';
import { expect, test } from './support/appFixture.ts';

type PageGlobals = { fetch(url: string): Promise<unknown>; open(url: string): unknown };
type WindowSize = { outerWidth: number; outerHeight: number; innerWidth: number; innerHeight: number };

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

test('npm start’s Chromium window is an app window of the Electron window’s size: no tab strip, no address bar', async () => {
  // As the shell starts Chromium, but with no page size imposed (headed, the page follows the window).
  const profile = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-app-window-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: null, args: chromiumArguments() });
  try {
    expect(context.pages().map((page) => page.url())).toEqual([blankAppPage]);
    const [page] = context.pages();
    const size = await page?.evaluate(() => {
      const { outerWidth, outerHeight, innerWidth, innerHeight } = globalThis as unknown as WindowSize;
      return { outerWidth, outerHeight, innerWidth, innerHeight };
    });
    // The whole window is page: a tab strip and an address bar would take their height from it.
    expect(size).toEqual({ outerWidth: appWindowSize.width, outerHeight: appWindowSize.height, innerWidth: appWindowSize.width, innerHeight: appWindowSize.height });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
