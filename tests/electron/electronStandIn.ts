// A stand-in for the `electron` module, so that electron/main.ts and electron/preload.ts load under
// vitest. One per test file (each file has its own modules): the file's vi.mock factory imports it,
// and so does the test, to read what main and the preload did with it and to answer for Electron.
//
//   vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
//   import { electron } from './electronStandIn.ts';
import { EventEmitter } from 'node:events';

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
type DialogAnswer = { canceled: boolean; filePaths: string[] };

/** What the preload's ipcRenderer.invoke answers (main is not there to answer it). */
export const invokeAnswer = '/home/treasurer/Vault';

let release: () => void = () => {};
const ready = new Promise<void>((resolve) => (release = resolve));
const windows: BrowserWindow[] = [];
const posted: unknown[] = [];
const handlers = new Map<string, IpcHandler>();
const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
const dialogCalls: unknown[][] = [];
let dialogAnswer: DialogAnswer = { canceled: true, filePaths: [] };

class BrowserWindow extends EventEmitter {
  webContents = { send: () => {} };
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    windows.push(this);
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  loadURL = () => Promise.resolve();
}

/** The core's utility process: what main posts to it is kept in `posted`. */
const core = Object.assign(new EventEmitter(), { postMessage: (message: unknown) => posted.push(message), kill: () => true });

const module = {
  app: Object.assign(new EventEmitter(), {
    setName: () => {},
    commandLine: { getSwitchValue: () => '' },
    setPath: () => {},
    getPath: (name: string) => `/nonexistent/${name}`,
    enableSandbox: () => {},
    requestSingleInstanceLock: () => true,
    // Main waits for this until the test calls electron.ready().
    whenReady: () => ready,
    isPackaged: false,
    quit: () => {},
  }),
  BrowserWindow,
  dialog: {
    showErrorBox: () => {},
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
    on: () => {},
    removeListener: () => {},
  },
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) },
  powerMonitor: new EventEmitter(),
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
  session: {
    defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {}, setDevicePermissionHandler: () => {}, webRequest: { onBeforeRequest: () => {} } },
  },
  utilityProcess: { fork: () => core },
};

/** The stand-in and what was done with it. */
export const electron = {
  module,
  /** The windows main opened, in order. */
  windows,
  /** The messages main posted to the core. */
  posted,
  /** ipcMain's handlers, by channel. */
  handlers,
  /** What the preload exposed to the page, by name. */
  exposed,
  /** The preload's ipcRenderer.invoke calls. */
  invoked,
  /** The calls to dialog.showOpenDialog. */
  dialogCalls,
  /** What the next dialogs answer. */
  answerWith: (answer: DialogAnswer) => (dialogAnswer = answer),
  /** Electron is ready: main goes on from app.whenReady(). */
  ready: () => release(),
};

/** What the vi.mock factory gives for `electron` (its default export too). */
export function electronModule() {
  return { ...module, default: module };
}
