// The Electron app itself: its window, its app:// origin and its security settings, tried from inside the
// page as an attacker's script would. The screens are tested in Chromium by the other specs; this one needs
// Electron's binary and is skipped where it is not installed (offline installs).
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectronBinary } from '../../build/electronBinary.mjs';
import { contract } from '../../shared/contract/index.ts';

/** The parts of the page's global scope these tests touch (the root tsconfig has no DOM types). */
interface Scope {
  location: { href: string };
  open(url: string): unknown;
  fetch(url: string): Promise<unknown>;
  navigator: { geolocation: { getCurrentPosition(ok: () => void, fail: (error: { code: number }) => void, options: { timeout: number }): void } };
  treasury?: {
    vault: {
      status(): Promise<unknown>;
      create(input: { vaultDir: string; passphrase: string }): Promise<unknown>;
      lock(): Promise<unknown>;
    };
  };
  lockCanary?: string;
}
// Callbacks given to page.evaluate run in the page and cannot close over anything here, so each one
// starts from `globalThis as unknown as Scope`.

const executablePath = installedElectronBinary();
test.skip(executablePath === undefined, "Electron's binary is not installed here (offline install); the screens are tested in Chromium instead.");

const mainScript = fileURLToPath(new URL('../../dist/electron/main.cjs', import.meta.url));

let userData: string;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'mutual-ledger-electron-'));
  // Chromium will not start its sandbox as root (containers, CI); anyone else keeps it.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({ executablePath, args: [...rootOnly, mainScript, `--user-data-dir=${userData}`] });
  page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeVisible();
});

test.afterEach(async () => {
  await app.close();
  await rm(userData, { recursive: true, force: true });
});

test('the window opens on the setup screen, served from app://', async () => {
  expect(await page.evaluate(() => (globalThis as unknown as Scope).location.href)).toMatch(/^app:\/\/ledger\//);
  expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(userData);
});

test('the page cannot navigate away, open windows, or reach the network', async () => {
  const before = page.url();
  await page.evaluate(() => {
    (globalThis as unknown as Scope).location.href = 'https://example.org/';
  });
  expect(await page.evaluate(() => (globalThis as unknown as Scope).open('https://example.org/'))).toBeNull();
  expect(
    await page.evaluate(() =>
      (globalThis as unknown as Scope).fetch('https://example.org/').then(
        () => 'loaded',
        () => 'refused',
      ),
    ),
  ).toBe('refused');
  // Give a navigation, had one been allowed, time to happen.
  await page.waitForTimeout(1_000);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: /Where the vault lives/ })).toBeVisible();
});

test('the page has no Node, only window.treasury, and permissions are denied', async () => {
  const globals = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    return { require: typeof scope.require, process: typeof scope.process, module: typeof scope.module, ipcRenderer: typeof scope.ipcRenderer };
  });
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
  expect(await page.evaluate(() => Object.keys((globalThis as unknown as Scope).treasury ?? {}).sort())).toEqual([...Object.keys(contract), 'onEvent'].sort());
  // 1 is PERMISSION_DENIED; were the request granted, the lookup would fail offline with 2 instead.
  const geolocation = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        (globalThis as unknown as Scope).navigator.geolocation.getCurrentPosition(
          () => resolve(0),
          (error) => resolve(error.code),
          { timeout: 10_000 },
        ),
      ),
  );
  expect(geolocation).toBe(1);
  // The whole relay: preload, main, the core's utility process and back.
  expect(await page.evaluate(() => (globalThis as unknown as Scope).treasury?.vault.status())).toMatchObject({ ok: true, value: { state: 'no-vault' } });
});

test('locking throws the page away, so nothing of it survives in memory', async () => {
  const vaultDir = path.join(userData, 'vault');
  const created = await page.evaluate((dir) => (globalThis as unknown as Scope).treasury?.vault.create({ vaultDir: dir, passphrase: 'orchard lantern velvet migrate canoe' }), vaultDir);
  expect(created).toMatchObject({ ok: true });
  await page.evaluate(() => {
    (globalThis as unknown as Scope).lockCanary = 'still here';
  });
  // The page may be gone before the call's answer arrives: that is the point.
  await page.evaluate(() => (globalThis as unknown as Scope).treasury?.vault.lock()).catch(() => undefined);
  await expect.poll(() => page.evaluate(() => (globalThis as unknown as Scope).lockCanary ?? 'gone').catch(() => 'reloading')).toBe('gone');
  await expect(page.getByLabel('Passphrase')).toBeVisible();
});
