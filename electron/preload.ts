// The sandboxed preload: the renderer's one door to the core. It exposes `window.treasury`, built from the
// contract, and `window.desktop`, the system's folder picker and a clipboard that forgets secrets; ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TreasuryEvent } from '../shared/contract/index.ts';
import type { Result } from '../shared/result.ts';
import { createTreasuryBridge, type Call, type Subscribe } from '../shared/treasuryBridge.ts';
import { chooseFolderChannel, copySecretChannel, type DesktopBridge } from '../shared/desktopBridge.ts';

const call: Call = (method, input) => ipcRenderer.invoke('treasury:call', method, input) as Promise<Result<unknown>>;

const subscribe: Subscribe = (listener) => {
  // A wrapper, so the page's listener never sees the IpcRendererEvent (it carries `sender`, an ipcRenderer).
  const relay = (_event: IpcRendererEvent, treasuryEvent: TreasuryEvent) => listener(treasuryEvent);
  ipcRenderer.on('treasury:event', relay);
  return () => {
    ipcRenderer.removeListener('treasury:event', relay);
  };
};

contextBridge.exposeInMainWorld('treasury', createTreasuryBridge(call, subscribe));

const desktop: DesktopBridge = {
  chooseFolder: () => ipcRenderer.invoke(chooseFolderChannel) as Promise<string | null>,
  copySecret: (text) => ipcRenderer.invoke(copySecretChannel, text) as Promise<boolean>,
};
contextBridge.exposeInMainWorld('desktop', desktop);
