// The third front door: the same renderer over the same core, in Debian's Chromium driven by
// Playwright, for end-to-end tests and for `npm start` where no Electron binary is available.
// Plain Node: it never imports `electron`.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Route } from 'playwright-core';
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';
import { appWindowSize } from '../appWindow.ts';
import { contentSecurityPolicy } from '../contentSecurityPolicy.ts';
import { openTreasury, type Treasury, type TreasuryOptions } from '../core/treasury.ts';
import { watchLogind, type LogindWatch, type SignalMonitor } from '../logindLockSignals.ts';
import { TreasuryError } from '../../shared/errors.ts';
import { say } from '../../shared/messages/message.ts';
import { appPageUrl, isTheAppsPage, shellOrigin } from './appPage.ts';

export { appPageUrl, isTheAppsPage, shellOrigin } from './appPage.ts';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChromiumShellOptions {
  /** How to open the core; the shell adds its own event hook so a lock reloads the page. */
  treasury: TreasuryOptions;
  headless: boolean;
  /** Chromium to drive; defaults to $CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
  executablePath?: string;
  /** The build output holding renderer/ and shell/pageBridge.js; defaults to the repository's dist/. */
  distDir?: string;
  /** On Linux, the tools that report logind's screen lock and sleep (tests pass a stand-in); gdbus, then dbus-monitor. */
  systemLockMonitors?: readonly SignalMonitor[];
  /**
   * Where Chromium keeps its profile. Left out, a new folder in the temporary folder, removed on
   * close; given, made if missing and left in place on close (the session leak test reads every file
   * Chromium wrote there once it is closed).
   */
  profileDir?: string;
}

export interface ChromiumShell {
  /** Chromium's one browser context, on a profile of its own that is removed on close. */
  context: BrowserContext;
  page: Page;
  treasury: Treasury;
  /** Locks the vault, shuts the core down and closes Chromium. */
  close(): Promise<void>;
}

type PageGlobals = { __treasuryEvent(event: TreasuryEvent): void };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Opens the app's UI in Chromium over a fresh core; the page is loaded and ready when this resolves. */
export async function openChromiumShell(options: ChromiumShellOptions): Promise<ChromiumShell> {
  const distDir = path.resolve(options.distDir ?? path.join(repositoryRoot, 'dist'));
  const rendererDir = path.join(distDir, 'renderer');
  const pageBridgePath = path.join(distDir, 'shell', 'pageBridge.js');
  for (const required of [path.join(rendererDir, 'index.html'), pageBridgePath]) {
    if (!existsSync(required)) throw new Error(`${required} is missing: run \`npm run build\` first.`);
  }

  // A profile of its own, as Playwright's launch makes one: never the user's Chromium profile, and
  // removed on close. Persistent only so that Chromium's first window can be an app window (--app).
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(path.join(os.tmpdir(), 'mutual-ledger-chromium-')));
  const removeOwnProfile = () => (ownProfile ? rm(profileDir, { recursive: true, force: true }) : Promise.resolve());
  const context = await launchAppWindow(profileDir, options).catch(async (error: unknown) => {
    await removeOwnProfile();
    throw error;
  });
  const closeChromium = async () => {
    await context.close();
    await removeOwnProfile();
  };
  const page = context.pages()[0] ?? (await context.newPage());

  let closing = false;
  let reloading = Promise.resolve();
  const reportUnlessClosed = (what: string) => (error: unknown) => {
    if (!closing && !page.isClosed()) options.treasury.onInternalError?.(what, error);
  };
  const treasury = await openTreasuryOrCloseChromium(closeChromium, {
    ...options.treasury,
    onEvent(event) {
      options.treasury.onEvent?.(event);
      if (closing || page.isClosed()) return;
      // One after another, in the order the core emitted them, and none handed to a page on its way out
      // (a lock's reload): that page is gone, and the one that replaces it reads everything afresh.
      if (event.name === 'locked') {
        // As Bitwarden does: a lock throws the whole renderer away, so nothing of the ledger stays in its memory.
        reloading = reloading.then(() => page.reload().then(() => undefined, reportUnlessClosed('shell.reload')));
      } else {
        reloading = reloading.then(() =>
          page
            .evaluate((pushed) => (globalThis as unknown as PageGlobals).__treasuryEvent(pushed), event)
            .catch((error: unknown) => {
              if (!pageWentAway(error)) reportUnlessClosed('shell.event')(error);
            }),
        );
      }
    },
  });

  try {
    refuseOtherWindows(context, page);
    // A copied secret is cleared by the page itself here (renderer/secretClipboard.ts), only if the
    // clipboard still holds it: so the app's own origin, and no other, may read the clipboard as well as write it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shellOrigin });
    await context.route('**/*', (route) => serveRenderer(route, rendererDir));
    const answer = async (frame: Frame, method: unknown, input: unknown): Promise<Result<unknown>> => {
      if (new URL(frame.url()).origin !== shellOrigin || frame !== page.mainFrame()) {
        return { ok: false, error: new TreasuryError('NOT_PERMITTED', say('common.onlyTheApp')).toPayload() };
      }
      try {
        return await treasury.dispatcher.call(String(method), input);
      } catch (error) {
        options.treasury.onInternalError?.(String(method), error);
        return { ok: false, error: new TreasuryError('INTERNAL', say('common.internal')).toPayload() };
      }
    };
    // The answer crosses as one JSON string: Playwright's own serialisation of a window of 200 rows
    // cost the page a task of 60 to 90 ms to take in; the same rows as JSON text cost a few.
    await page.exposeBinding('__treasuryCall', async (source, method: unknown, input: unknown): Promise<string> => JSON.stringify(await answer(source.frame, method, input)));
    await page.addInitScript({ path: pageBridgePath });
    await page.goto(appPageUrl);
    bringBackTheApp(page, () => closing, reportUnlessClosed('shell.return'));
  } catch (error) {
    closing = true;
    await treasury.close();
    await closeChromium();
    throw error;
  }

  const systemLocks = watchSystemLocks(treasury, options);
  let closed: Promise<void> | undefined;
  return {
    context,
    page,
    treasury,
    close() {
      // Closing twice (a signal, then the window going away) waits for the one shutdown in progress.
      closed ??= (async () => {
        closing = true;
        systemLocks?.stop();
        await treasury.close();
        await reloading;
        await closeChromium();
      })();
      return closed;
    },
  };
}

/**
 * As the Electron app does on Linux: logind's screen lock and sleep lock the vault, through the dispatcher's
 * queue like every call (Chromium has no lock-screen or suspend event to offer at all).
 */
export function watchSystemLocks(treasury: Treasury, options: Pick<ChromiumShellOptions, 'systemLockMonitors'>): LogindWatch | undefined {
  if (process.platform !== 'linux') return undefined;
  const sessionId = process.env.XDG_SESSION_ID;
  return watchLogind({
    onLock: (reason) => void treasury.dispatcher.call('vault.lock', { reason }),
    ...(sessionId === undefined ? {} : { sessionId }),
    ...(options.systemLockMonitors === undefined ? {} : { monitors: options.systemLockMonitors }),
  });
}

/** For `npm start` without Electron: opens the app in a Chromium window and resolves once that window is closed. */
export async function runChromiumShell(options: Omit<ChromiumShellOptions, 'headless'>): Promise<void> {
  const shell = await openChromiumShell({ ...options, headless: false });
  const stop = () => void shell.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await new Promise<void>((resolve) => {
      shell.page.once('close', () => resolve());
      shell.context.once('close', () => resolve());
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await shell.close();
  }
}

/** Whether a call into the page failed only because the page was being replaced (a reload, a navigation). */
function pageWentAway(error: unknown): boolean {
  return error instanceof Error && /Execution context was destroyed/.test(error.message);
}

/** The core, or, if it cannot open (a damaged settings file), Chromium closed again before the error goes up. */
async function openTreasuryOrCloseChromium(closeChromium: () => Promise<void>, treasuryOptions: TreasuryOptions): Promise<Treasury> {
  try {
    return openTreasury(treasuryOptions);
  } catch (error) {
    await closeChromium();
    throw error;
  }
}

function launchAppWindow(profileDir: string, options: ChromiumShellOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless,
    args: chromiumArguments(),
    // Headed, the page follows the window; headless, a fixed size keeps screenshots comparable.
    viewport: options.headless ? { width: 1100, height: 820 } : null,
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
}

/**
 * The page an app window opens on before the shell takes it to the app: a blank one, since nothing
 * answers at the app's origin until the shell's routes are in place.
 */
export const blankAppPage = 'data:text/html,';

/**
 * How Chromium is started: an app window (--app: no tab strip, no address bar, as the Electron window)
 * of the Electron window's size, and quiet (no first-run page, no background network calls).
 */
export function chromiumArguments(): string[] {
  const quiet = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  // Chromium refuses to start its sandbox as root (containers, CI); anyone else keeps it.
  const runningAsRoot = process.getuid?.() === 0;
  return [...(runningAsRoot ? ['--no-sandbox'] : []), ...quiet, `--window-size=${appWindowSize.width},${appWindowSize.height}`, `--app=${blankAppPage}`];
}

/**
 * The backstop to the page's own refusal (pageBridge.ts): should the window ever show anything but the
 * app's page (a navigation Chromium starts without telling the page, its error page), it is taken back
 * to the app at once. The page that was there gets no answer from the core meanwhile: calls are
 * answered only for the app's origin.
 */
function bringBackTheApp(page: Page, closing: () => boolean, report: (error: unknown) => void): void {
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || closing() || page.isClosed() || isTheAppsPage(frame.url())) return;
    page.goto(appPageUrl).then(() => undefined, report);
  });
}

/** window.open and target=_blank get nowhere: any page but the app's own is closed at once. */
function refuseOtherWindows(context: BrowserContext, page: Page): void {
  context.on('page', (other) => {
    if (other !== page) void other.close();
  });
}

/** The file a URL path names inside the renderer build; undefined for a malformed path or one that climbs out of it. */
function rendererFile(rendererDir: string, pathname: string): string | undefined {
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  const file = path.resolve(rendererDir, relative);
  // Path-traversal guard: /../ or an encoded one must never reach outside the renderer build.
  return file.startsWith(rendererDir + path.sep) ? file : undefined;
}

async function serveRenderer(route: Route, rendererDir: string): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.origin !== shellOrigin || request.method() !== 'GET') return route.abort('blockedbyclient');

  const file = rendererFile(rendererDir, url.pathname);
  if (file === undefined) return route.fulfill({ status: 404, body: 'Not found' });

  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return route.fulfill({ status: 404, body: 'Not found' });
  }
  const contentType = contentTypes[path.extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': contentType, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
  if (contentType.startsWith('text/html')) headers['content-security-policy'] = contentSecurityPolicy;
  return route.fulfill({ status: 200, headers, body });
}
