// The Electron main process: one locked-down window, the app:// protocol, and a relay to the core,
// which runs in a utility process. Main holds no vault state of its own; it only passes messages on.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, powerMonitor, protocol, session, utilityProcess, type IpcMainInvokeEvent, type UtilityProcess } from 'electron';
import type { LockReason, TreasuryEvent } from '../shared/contract/index.ts';
import type { Result } from '../shared/result.ts';
import { appEntryUrl, appResponseHeaders, appScheme, isAppUrl, isRequestAllowed, resolveAppRequest } from './appProtocol.ts';
import { appWindowSize } from './appWindow.ts';
import { createCoreCalls, isMessageFromCore, type CoreCalls, type CoreStartOptions, type MessageToCore } from './coreChannel.ts';
import { watchLogind, type LogindWatch } from './logindLockSignals.ts';
import { secretClipboard } from './secretClipboard.ts';
import { TreasuryError } from '../shared/errors.ts';
import { chooseFolderChannel, copySecretChannel } from '../shared/desktopBridge.ts';
import { languageOfLocale } from '../shared/messages/language.ts';
import { say, type Message } from '../shared/messages/message.ts';
import { translatorFor } from '../shared/messages/translator.ts';

/** The bundle sits in dist/electron; the renderer build sits beside it in dist/renderer. */
const rendererDir = path.join(__dirname, '..', 'renderer');
/** A core that dies this soon after starting is failing to start at all; restarting it would only loop. */
const coreStartupGraceMs = 5_000;
/** How long a quit waits for the core to lock and close the vault before killing it (which also drops the key). */
const coreShutdownTimeoutMs = 5_000;

interface RunningCore {
  process: UtilityProcess;
  post(message: MessageToCore): void;
  calls: CoreCalls;
}

let mainWindow: BrowserWindow | undefined;
let core: RunningCore | undefined;
let quitting: 'no' | 'locking' | 'done' = 'no';
let logindWatch: LogindWatch | undefined;
/** A copied secret, taken off the clipboard after a while, at a lock and at quit. */
const secrets = secretClipboard(clipboard);

// One data folder however the app is launched (packaged, `electron .`, or a bare main.cjs, which would
// otherwise get "Electron"), and the same one `npm start` gives the Chromium shell. Tests, and people who
// keep trial vaults apart, can choose another with --user-data-dir.
app.setName('Mutual Ledger');
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
app.setPath('userData', userDataSwitch === '' ? path.join(app.getPath('appData'), 'Mutual Ledger') : path.resolve(userDataSwitch));

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  // corsEnabled because Vite's module scripts carry `crossorigin`, which Chromium only allows on CORS-enabled schemes.
  { scheme: appScheme, privileges: { standard: true, secure: true, corsEnabled: true } },
]);

// Locked after setting userData, because the lock lives in that folder.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    // Every web contents, not just the main window: nothing the app shows may go anywhere or open anything.
    contents.on('will-navigate', (event) => event.preventDefault());
    // A frame's navigation (the CSP lets no frame load, but should one exist it goes nowhere either).
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', onBeforeQuit);
  void app.whenReady().then(onReady);
}

function onReady(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  const allowDevTools = !app.isPackaged;
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, allowDevTools) }));
  protocol.handle(appScheme, serveAppFile);

  ipcMain.handle('treasury:call', (event, method: unknown, input: unknown) => {
    if (!fromTheApp(event)) return refusal('NOT_PERMITTED', say('common.onlyTheApp'));
    if (typeof method !== 'string') return refusal('UNKNOWN_METHOD', say('common.methodNotText'));
    if (core === undefined) return refusal('INTERNAL', say('common.appClosing'));
    return core.calls.call(method, input);
  });

  ipcMain.handle(chooseFolderChannel, (event) => chooseFolder(event));
  // Only for the app's own page: false to anything else, as to a secret the clipboard could not take.
  ipcMain.handle(copySecretChannel, (event, text: unknown) => (fromTheApp(event) ? secrets.copy(text) : Promise.resolve(false)));

  powerMonitor.on('suspend', () => lockVault('suspend'));
  powerMonitor.on('lock-screen', () => lockVault('screen-lock'));
  // Electron's lock-screen never fires on Linux (and its suspend depends on the desktop): logind says both.
  // A second lock for one event is harmless: locking a locked vault does nothing.
  if (process.platform === 'linux') {
    const sessionId = process.env.XDG_SESSION_ID;
    logindWatch = watchLogind({
      onLock: lockVault,
      onUnavailable: (why) => console.error(`Mutual Ledger: ${why}`),
      ...(sessionId === undefined ? {} : { sessionId }),
    });
  }
  // Linux and macOS announce a system shutdown here; quitting takes the same path as closing the window,
  // which locks the vault with reason 'shutdown'. (Were the app killed first, the key would die with it.)
  powerMonitor.on('shutdown', () => app.quit());

  startCore();
  createWindow();
}

/**
 * Whether an IPC message comes from the app's own page in its window, and nothing else: the window's web
 * contents, its main frame (not a frame inside it, whatever its URL) and the app's origin.
 */
function fromTheApp(event: IpcMainInvokeEvent): boolean {
  const contents = mainWindow?.webContents;
  const frame = event.senderFrame;
  if (contents === undefined || event.sender !== contents || frame === null || frame === undefined) return false;
  // By ids, not by object: the frame that sent is the window's main frame, in the same renderer process.
  const top = contents.mainFrame;
  return frame.processId === top.processId && frame.routingId === top.routingId && isAppUrl(frame.url);
}

/** The system's folder picker over the app window (a new folder can be made in it); null when cancelled. */
async function chooseFolder(event: IpcMainInvokeEvent): Promise<string | null> {
  const window = liveWindow();
  if (window === undefined || !fromTheApp(event)) return null;
  const chosen = await dialog.showOpenDialog(window, { properties: ['openDirectory', 'createDirectory'] });
  return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
}

async function serveAppFile(request: Request): Promise<Response> {
  const resolution = resolveAppRequest(request, rendererDir);
  if (resolution.status !== 200) {
    return new Response(resolution.reason, { status: resolution.status, headers: appResponseHeaders() });
  }
  try {
    const body = await readFile(resolution.filePath);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: appResponseHeaders(resolution.filePath),
    });
  } catch {
    return new Response('Not found.', { status: 404, headers: appResponseHeaders() });
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    ...appWindowSize,
    title: 'Mutual Ledger',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's auxclick event (a middle click) is off for the page: a middle click on a link opens
      // nothing already (the window-open handler denies it), and no script of the page can act on one.
      disableBlinkFeatures: 'Auxclick',
      // A console on the open ledger is a developer's tool, not a treasurer's.
      devTools: !app.isPackaged,
      // Chromium's spellchecker fetches dictionaries from Google; the app never talks to the network.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
  void window.loadURL(appEntryUrl);
}

/** Starts the core in its utility process and wires its answers and events; restarts it if it dies later. */
function startCore(): void {
  const child = utilityProcess.fork(path.join(__dirname, 'coreProcess.cjs'), [], { serviceName: 'Mutual Ledger core', stdio: 'inherit' });
  const post = (message: MessageToCore) => child.postMessage(message);
  const calls = createCoreCalls(post);
  const running: RunningCore = { process: child, post, calls };
  const startedAt = Date.now();

  child.on('message', (message: unknown) => {
    if (!isMessageFromCore(message)) return;
    if (message.type === 'result') calls.settle(message);
    else onCoreEvent(message.event);
  });
  child.on('exit', (code) => {
    calls.abandonAll(say('common.coreStopped'));
    if (core !== running) return;
    core = undefined;
    // The key died with the core: as at a lock, a copied secret leaves the clipboard.
    void secrets.clear();
    if (quitting !== 'no') return;
    console.error(`Mutual Ledger: the core process stopped unexpectedly (exit code ${code}).`);
    if (Date.now() - startedAt < coreStartupGraceMs) {
      const words = translatorFor(languageOfLocale(app.getLocale()) ?? 'en');
      dialog.showErrorBox(words.words('common.cannotStartTitle'), words.words('common.cannotStart'));
      app.quit();
      return;
    }
    // The key died with the old core: start a fresh one and send the window back to the unlock screen.
    startCore();
    showFreshPage();
  });

  const options: CoreStartOptions = {
    appDataDir: app.getPath('userData'),
    defaultVaultDir: path.join(app.getPath('userData'), 'vault'),
    sqliteNativeBinding: electronSqliteBinding(),
    scheduleRetention: true,
  };
  post({ type: 'open', options });
  core = running;
}

function onCoreEvent(event: TreasuryEvent): void {
  liveWindow()?.webContents.send('treasury:event', event);
  // Bitwarden's rule: on lock, throw the whole page away, so no ledger data survives in renderer memory.
  if (event.name === 'locked') {
    void secrets.clear();
    if (quitting === 'no') showFreshPage();
  }
}

function showFreshPage(): void {
  void liveWindow()?.loadURL(appEntryUrl);
}

/** The app window, unless it is gone or going (sending to a destroyed window throws). */
function liveWindow(): BrowserWindow | undefined {
  return mainWindow !== undefined && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

function lockVault(reason: LockReason): void {
  void core?.calls.call('vault.lock', { reason });
}

function onBeforeQuit(event: Electron.Event): void {
  if (quitting === 'done') return;
  event.preventDefault();
  if (quitting === 'locking') return;
  quitting = 'locking';
  logindWatch?.stop();
  void Promise.all([secrets.clear(), stopCore()]).finally(() => {
    quitting = 'done';
    app.quit();
  });
}

/** Asks the core to close (which locks the vault with reason 'shutdown'), and kills it if it takes too long. */
async function stopCore(): Promise<void> {
  const running = core;
  if (running === undefined) return;
  const exited = new Promise<void>((resolve) => running.process.once('exit', () => resolve()));
  running.post({ type: 'close' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, coreShutdownTimeoutMs);
  });
  await Promise.race([exited, timeout]);
  clearTimeout(timer);
  // A no-op after an orderly exit; otherwise killing the core is what drops the key.
  running.process.kill();
}

/** The better-sqlite3 build for Electron's ABI (Node's own build in node_modules cannot load here). */
function electronSqliteBinding(): string | undefined {
  const candidate = app.isPackaged ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node') : path.join(__dirname, '..', '..', 'build', 'native', 'electron', 'better_sqlite3.node');
  if (existsSync(candidate)) return candidate;
  console.error(`Mutual Ledger: no Electron build of better-sqlite3 at ${candidate}. Run "node build/postinstall.mjs" once with internet.`);
  return undefined;
}

function refusal(code: 'NOT_PERMITTED' | 'UNKNOWN_METHOD' | 'INTERNAL', reason: Message): Result<never> {
  return { ok: false, error: new TreasuryError(code, reason).toPayload() };
}
