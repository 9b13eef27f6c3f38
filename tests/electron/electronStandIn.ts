// A stand-in for the `electron` module, so that electron/main.ts and electron/preload.ts load under
// vitest. One per test file (each file has its own modules): the file's vi.mock factory imports it,
// and so does the test, to read what main and the preload did with it and to answer for Electron.
//
//   vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
//   import { electron } from './electronStandIn.ts';
//
// It keeps what main hands Electron (the window's options, the session's handlers, the web contents'
// listeners, the IPC handlers, the processes it forks) so a test can call them as Electron would.
import { EventEmitter } from 'node:events';

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
type DialogAnswer = { canceled: boolean; filePaths: string[] };
type WindowOpenHandler = (details: { url: string }) => { action: string };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin?: string, details?: unknown) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;
type RendererListener = (event: unknown, ...args: unknown[]) => void;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** What the preload's ipcRenderer.invoke answers (main is not there to answer it). */
export const invokeAnswer = '/home/treasurer/Vault';

let release: () => void = () => {};
const ready = new Promise<void>((resolve) => (release = resolve));
const windows: BrowserWindow[] = [];
const posted: unknown[] = [];
const handlers = new Map<string, IpcHandler>();
const exposed = new Map<string, unknown>();
const exposures: string[] = [];
const invoked: unknown[][] = [];
const rendererListeners: Array<{ channel: string; listener: RendererListener }> = [];
const dialogCalls: unknown[][] = [];
const errorBoxes: unknown[][] = [];
const webContentsCreated: WebContents[] = [];
const privilegedSchemes: unknown[] = [];
const protocolHandlers = new Map<string, unknown>();
const cores: UtilityProcess[] = [];
const quits: number[] = [];
let dialogAnswer: DialogAnswer = { canceled: true, filePaths: [] };
let framesMade = 0;

/** A frame of a web contents (Electron's WebFrameMain): its ids, its URL and its parent. */
export interface Frame {
  processId: number;
  routingId: number;
  url: string;
  parent: Frame | null;
}

function makeFrame(url: string, parent: Frame | null): Frame {
  framesMade += 1;
  return { processId: 1, routingId: framesMade, url, parent };
}

/** A web contents: main hooks its events and its window-open handler; the test plays the page. */
class WebContents extends EventEmitter {
  readonly sent: unknown[][] = [];
  readonly mainFrame: Frame = makeFrame('', null);
  windowOpenHandler: WindowOpenHandler | undefined;
  send = (...args: unknown[]) => {
    this.sent.push(args);
  };
  setWindowOpenHandler = (handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  };
  /** A frame inside the main frame (an iframe) at this URL. */
  subFrame = (url: string): Frame => makeFrame(url, this.mainFrame);
  /** Electron's event for a call from the page: the sender and the frame it came from. */
  eventFrom = (frame: Frame) => ({ sender: this, senderFrame: frame });
}

class BrowserWindow extends EventEmitter {
  readonly webContents = new WebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    windows.push(this);
    // Electron announces every web contents it makes, the window's among them.
    webContentsCreated.push(this.webContents);
    module.app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  loadURL = (url: string) => {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  };
}

/** The core's utility process: what main posts to it is kept in its `posted`, and in the stand-in's. */
class UtilityProcess extends EventEmitter {
  readonly posted: unknown[] = [];
  killed = 0;
  postMessage = (message: unknown) => {
    this.posted.push(message);
    posted.push(message);
  };
  kill = () => {
    this.killed += 1;
    return true;
  };
}

/** The system clipboard (Electron's answers in promises): one text, and what was done to it. */
const clipboard = {
  text: '',
  writes: [] as string[],
  clears: 0,
  writeText: (text: string): Promise<void> => {
    clipboard.writes.push(text);
    clipboard.text = text;
    return Promise.resolve();
  },
  /** Reads answer once this settles: a test holds them back with holdReads(). */
  readsGate: undefined as Promise<void> | undefined,
  readText: (): Promise<string> => {
    // The text as it is when asked, as the system's clipboard answers, however late the answer comes.
    const text = clipboard.text;
    return (clipboard.readsGate ?? Promise.resolve()).then(() => text);
  },
  /** Holds every read's answer back until the function it returns is called. */
  holdReads: (): (() => void) => {
    let letGo: () => void = () => {};
    clipboard.readsGate = new Promise<void>((resolve) => (letGo = resolve));
    return () => {
      clipboard.readsGate = undefined;
      letGo();
    };
  },
  clear: () => {
    clipboard.clears += 1;
    clipboard.text = '';
  },
};

const defaultSession = {
  permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
  permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
  devicePermissionHandler: undefined as DevicePermissionHandler | undefined,
  beforeRequest: undefined as BeforeRequestListener | undefined,
  setPermissionRequestHandler: (handler: PermissionRequestHandler) => (defaultSession.permissionRequestHandler = handler),
  setPermissionCheckHandler: (handler: PermissionCheckHandler) => (defaultSession.permissionCheckHandler = handler),
  setDevicePermissionHandler: (handler: DevicePermissionHandler) => (defaultSession.devicePermissionHandler = handler),
  webRequest: { onBeforeRequest: (listener: BeforeRequestListener) => (defaultSession.beforeRequest = listener) },
};

const module = {
  app: Object.assign(new EventEmitter(), {
    setName: () => {},
    commandLine: { getSwitchValue: () => '' },
    setPath: () => {},
    getPath: (name: string) => `/nonexistent/${name}`,
    /** The system's locale, as Electron reports it; set it before main loads. */
    locale: 'es-MX',
    getLocale: () => module.app.locale,
    enableSandbox: () => {},
    requestSingleInstanceLock: () => true,
    // Main waits for this until the test calls electron.ready().
    whenReady: () => ready,
    /** Set it before main loads to play a packaged app. */
    isPackaged: false as boolean,
    quit: () => {
      quits.push(Date.now());
    },
  }),
  BrowserWindow,
  clipboard,
  dialog: {
    showErrorBox: (...args: unknown[]) => {
      errorBoxes.push(args);
    },
    showOpenDialog: (...args: unknown[]) => {
      dialogCalls.push(args);
      return Promise.resolve(dialogAnswer);
    },
  },
  ipcMain: { handle: (channel: string, handler: IpcHandler) => handlers.set(channel, handler) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve(invokeAnswer);
    },
    on: (channel: string, listener: RendererListener) => {
      rendererListeners.push({ channel, listener });
    },
    removeListener: (channel: string, listener: RendererListener) => {
      const index = rendererListeners.findIndex((entry) => entry.channel === channel && entry.listener === listener);
      if (index >= 0) rendererListeners.splice(index, 1);
    },
  },
  contextBridge: {
    exposeInMainWorld: (name: string, value: unknown) => {
      exposures.push(name);
      exposed.set(name, value);
    },
  },
  powerMonitor: new EventEmitter(),
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, handler: unknown) => protocolHandlers.set(scheme, handler),
  },
  session: { defaultSession },
  utilityProcess: {
    fork: () => {
      const core = new UtilityProcess();
      cores.push(core);
      return core;
    },
  },
};

/** The stand-in and what was done with it. */
export const electron = {
  module,
  /** The windows main opened, in order. */
  windows,
  /** Every web contents made, in order (Electron's web-contents-created). */
  webContentsCreated,
  /** The messages main posted to the core, whichever core it was. */
  posted,
  /** The core processes main forked, in order. */
  cores,
  /** ipcMain's handlers, by channel. */
  handlers,
  /** What the preload exposed to the page, by name. */
  exposed,
  /** The names the preload exposed, one per exposeInMainWorld call. */
  exposures,
  /** The preload's ipcRenderer.invoke calls. */
  invoked,
  /** The preload's ipcRenderer listeners, by channel, as it added them. */
  rendererListeners,
  /** The calls to dialog.showOpenDialog. */
  dialogCalls,
  /** The error boxes shown. */
  errorBoxes,
  /** The schemes registered as privileged, and the protocol handlers, by scheme. */
  privilegedSchemes,
  protocolHandlers,
  /** The default session, with the handlers main gave it. */
  session: defaultSession,
  /** The system clipboard. */
  clipboard,
  /** Each app.quit() call. */
  quits,
  /** What the next dialogs answer. */
  answerWith: (answer: DialogAnswer) => (dialogAnswer = answer),
  /** Electron is ready: main goes on from app.whenReady(). */
  ready: () => release(),
};

/** What the vi.mock factory gives for `electron` (its default export too). */
export function electronModule() {
  return { ...module, default: module };
}
