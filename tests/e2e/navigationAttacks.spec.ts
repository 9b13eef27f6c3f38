// Every way a page can try to leave the app, tried in the Chromium shell on an open vault: links,
// target=_blank, window.open, a meta refresh, a form post, `location` set to an outside site, to
// about:blank and to data:, a crafted call to the shell's bridge (a method the contract lacks, a
// prototype key) and the same from a child frame. Each must fail: the window keeps the very document
// it had (a mark put on it survives), on the app's page, with no other window, and the vault answers
// as before. The attempts refused are counted for the report (navigation-attempts-refused).
import type { Page } from '@playwright/test';
import { appPageUrl, isTheAppsPage } from '../../electron/shell/chromiumShell.ts';
import { expect, test } from './support/appFixture.ts';
import { addCreditUnion, callCore } from './support/coreSeed.ts';
import { writeFigure } from '../../build/figures.mjs';
import { treasurerPassphrase } from './support/setupFlow.ts';

/** The page's globals used here (tests compile without the DOM library). */
type Element = { setAttribute(name: string, value: string): void; click(): void; append(...nodes: unknown[]): void; style: Record<string, string>; textContent: string; id: string };
type PageGlobals = {
  document: { createElement(tag: string): Element & { submit(): void; contentWindow: FrameGlobals | null }; body: Element; head: Element };
  location: { href: string; assign(url: string): void; replace(url: string): void };
  history: { pushState(state: unknown, unused: string, url: string): void };
  open(url: string, target?: string): unknown;
  setTimeout(callback: () => void, ms: number): void;
  __treasuryCall?(method: string, input: unknown): Promise<string>;
  __stillHere?: string;
};
type FrameGlobals = { top: { location: { href: string } }; __treasuryCall?(method: string, input: unknown): Promise<string> };
type Answer = { ok: boolean; error?: { code: string } };

/** A document-changing attempt: runs in the page; the shell must leave the page where it was. */
interface Attempt {
  name: string;
  run(page: Page): Promise<unknown>;
}

/** Adds an element the test then clicks as a person would (Playwright's click: a real, trusted click). */
async function clickAdded(page: Page, tag: 'a', attributes: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ tag, attributes }) => {
      const g = globalThis as unknown as PageGlobals;
      const element = g.document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.id = 'attempt';
      element.textContent = 'Go elsewhere';
      Object.assign(element.style, { position: 'fixed', top: '0', left: '0', zIndex: '9999', background: 'white' });
      g.document.body.append(element);
    },
    { tag, attributes },
  );
  await page.locator('#attempt').click();
}

function inPage(code: (g: PageGlobals) => unknown): (page: Page) => Promise<unknown> {
  return (page) => page.evaluate(code as (g: unknown) => unknown, undefined as unknown).catch(() => undefined);
}

const outside = 'https://example.com/';
const otherPathOfTheOrigin = new URL('/index.html?elsewhere', appPageUrl).href;

const attempts: Attempt[] = [
  { name: 'a link to an outside site', run: (page) => clickAdded(page, 'a', { href: outside }) },
  { name: 'a link to about:blank', run: (page) => clickAdded(page, 'a', { href: 'about:blank' }) },
  { name: 'a link to another path of the app’s origin', run: (page) => clickAdded(page, 'a', { href: otherPathOfTheOrigin }) },
  { name: 'a target=_blank link', run: (page) => clickAdded(page, 'a', { href: outside, target: '_blank', rel: 'noopener' }) },
  { name: 'a link with a download attribute', run: (page) => clickAdded(page, 'a', { href: appPageUrl, download: 'page.html' }) },
  { name: 'window.open of an outside site', run: inPage(() => (globalThis as unknown as PageGlobals).open('https://example.com/')) },
  { name: 'window.open of about:blank', run: inPage(() => (globalThis as unknown as PageGlobals).open('about:blank')) },
  { name: 'window.open into this window (_self)', run: inPage(() => (globalThis as unknown as PageGlobals).open('about:blank', '_self')) },
  {
    name: 'a meta refresh to an outside site',
    run: inPage(() => {
      const g = globalThis as unknown as PageGlobals;
      const meta = g.document.createElement('meta');
      meta.setAttribute('http-equiv', 'refresh');
      meta.setAttribute('content', '0;url=https://example.com/');
      g.document.head.append(meta);
    }),
  },
  {
    name: 'a meta refresh to about:blank',
    run: inPage(() => {
      const g = globalThis as unknown as PageGlobals;
      const meta = g.document.createElement('meta');
      meta.setAttribute('http-equiv', 'refresh');
      meta.setAttribute('content', '0;url=about:blank');
      g.document.head.append(meta);
    }),
  },
  {
    name: 'a form posted to an outside site',
    run: inPage(() => {
      const g = globalThis as unknown as PageGlobals;
      const form = g.document.createElement('form');
      form.setAttribute('method', 'post');
      form.setAttribute('action', 'https://example.com/collect');
      g.document.body.append(form);
      form.submit();
    }),
  },
  {
    name: 'a form posted to the app’s own origin',
    run: inPage(() => {
      const g = globalThis as unknown as PageGlobals;
      const form = g.document.createElement('form');
      form.setAttribute('method', 'post');
      form.setAttribute('action', '/');
      g.document.body.append(form);
      form.submit();
    }),
  },
  { name: 'location set to an outside site', run: inPage(() => ((globalThis as unknown as PageGlobals).location.href = 'https://example.com/')) },
  { name: 'location set to about:blank', run: inPage(() => ((globalThis as unknown as PageGlobals).location.href = 'about:blank')) },
  { name: 'location set to a data: page', run: inPage(() => ((globalThis as unknown as PageGlobals).location.href = 'data:text/html,<h1>Elsewhere</h1>')) },
  { name: 'location.replace with another path of the origin', run: inPage((g = globalThis as unknown as PageGlobals) => g.location.replace('/index.html?elsewhere')) },
  { name: 'a javascript: URL', run: inPage(() => ((globalThis as unknown as PageGlobals).location.href = 'javascript:globalThis.__stillHere="replaced"')) },
  { name: 'history.pushState to another path', run: inPage(() => (globalThis as unknown as PageGlobals).history.pushState(null, '', '/elsewhere')) },
  {
    name: 'a child frame setting the window’s location to about:blank',
    run: inPage(async () => {
      const g = globalThis as unknown as PageGlobals;
      const frame = g.document.createElement('iframe');
      g.document.body.append(frame);
      await new Promise<void>((resolve) => g.setTimeout(resolve, 100));
      if (frame.contentWindow !== null) frame.contentWindow.top.location.href = 'about:blank';
    }),
  },
  {
    name: 'a child frame setting the window’s location to an outside site',
    run: inPage(async () => {
      const g = globalThis as unknown as PageGlobals;
      const frame = g.document.createElement('iframe');
      g.document.body.append(frame);
      await new Promise<void>((resolve) => g.setTimeout(resolve, 100));
      if (frame.contentWindow !== null) frame.contentWindow.top.location.href = 'https://example.com/';
    }),
  },
];

/** Bridge calls the contract does not have: each must be refused with UNKNOWN_METHOD, and nothing run. */
const craftedMethods = ['vault.nothing', 'nothing', '__proto__', 'constructor', 'toString', 'vault.__proto__', 'vault.constructor', 'vault.hasOwnProperty', '__proto__.toString', 'vault.lock.now', ''];

test('no link, window, refresh, form, location or crafted bridge call leaves the app or reaches the core', async ({ app }) => {
  const { page } = app.shell;
  // An open vault with an entry: what an attack would be after.
  const created = await callCore(app, 'vault.create', { vaultDir: app.vaultDir, passphrase: treasurerPassphrase });
  expect(created.ok).toBe(true);
  const accountId = await addCreditUnion(app);
  expect((await callCore(app, 'ledger.record', { kind: 'contribution', date: '2026-01-05', amount: 4_200, accountId, memo: 'Dues at the January meeting' })).ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // What the window showed besides the app's page, had anything got through (the shell would bring the app back).
  const left: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !isTheAppsPage(frame.url())) left.push(frame.url());
  });

  let refused = 0;
  for (const [index, attempt] of attempts.entries()) {
    const mark = `attempt-${index}`;
    await page.evaluate((value) => ((globalThis as unknown as PageGlobals).__stillHere = value), mark);
    await attempt.run(page);
    // A meta refresh or a navigation starts after the call returns: give it time to happen.
    await page.waitForTimeout(300);
    await expect.poll(() => page.context().pages().length, { message: attempt.name }).toBe(1);
    expect(page.url(), attempt.name).toBe(appPageUrl);
    expect(left, attempt.name).toEqual([]);
    // The same document: not left and brought back, not reloaded.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__stillHere), attempt.name).toBe(mark);
    // Read in the page: after a refused form post Playwright's locators wait for a navigation that never comes.
    const heading = await page.evaluate(() => {
      const g = globalThis as unknown as { document: { getElementById(id: string): { remove(): void } | null; querySelector(selector: string): { textContent: string } | null } };
      g.document.getElementById('attempt')?.remove();
      return g.document.querySelector('h1')?.textContent;
    });
    expect(heading, attempt.name).toBe('Dashboard');
    refused += 1;
  }

  for (const method of craftedMethods) {
    const answer = JSON.parse(await page.evaluate((name) => (globalThis as unknown as PageGlobals).__treasuryCall!(name, {}), method)) as Answer;
    expect(answer, method).toEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_METHOD' }) }));
    refused += 1;
  }
  // A prototype key in the input of a real method: refused as input, and nothing polluted in the core's process.
  const polluting = JSON.parse(
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__treasuryCall!('vault.setAutoLock', JSON.parse('{"seconds": 300, "__proto__": {"polluted": true}}'))),
  ) as Answer;
  expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  if (!polluting.ok) refused += 1;

  // From a child frame, the bridge answers nothing: calls are answered for the app's own window only.
  const fromFrame = await page.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    const frame = g.document.createElement('iframe');
    g.document.body.append(frame);
    await new Promise<void>((resolve) => g.setTimeout(resolve, 100));
    const call = frame.contentWindow?.__treasuryCall;
    if (call === undefined) return 'no bridge';
    return JSON.parse(await call('vault.details', {})) as Answer;
  });
  if (fromFrame !== 'no bridge') expect(fromFrame).toEqual(expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'NOT_PERMITTED' }) }));
  refused += 1;

  // The vault is as it was: open, its entry there, its chain whole.
  const status = await callCore(app, 'vault.status', {});
  expect(status).toEqual(expect.objectContaining({ ok: true, value: expect.objectContaining({ state: 'unlocked' }) }));
  expect(await callCore(app, 'ledger.count', {})).toEqual(expect.objectContaining({ ok: true, value: expect.objectContaining({ total: 1 }) }));
  expect(app.internalErrors).toEqual([]);

  writeFigure('navigation-attempts-refused', 'attempts to leave the app or call the core around the contract, refused (Chromium shell)', refused);
});

test('should the window show another page all the same (Chromium taking it there, not the page), the shell brings the app back', async ({ app }) => {
  const { page } = app.shell;
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeVisible();
  // page.goto is the browser's own navigation, which the page is not asked about: only the shell's backstop stops it.
  for (const elsewhere of ['about:blank', 'https://example.com/']) {
    await page.goto(elsewhere).catch(() => undefined);
    await expect.poll(() => page.url(), { message: elsewhere }).toBe(appPageUrl);
    await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeVisible();
  }
  expect(app.internalErrors).toEqual([]);
});
