// The sandboxed preload, loaded over the stand-in `electron` module (electronStandIn.ts): what it gives the
// page is exactly `window.treasury` (one function per contract method, and onEvent) and `window.desktop`
// (the folder picker and the clipboard for secrets), through two exposeInMainWorld calls, and never
// ipcRenderer or anything of it.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/index.ts';
import { chooseFolderChannel, copySecretChannel } from '../../shared/desktopBridge.ts';
import { electron } from './electronStandIn.ts';
import { countGlueAssertions } from './glueFigure.ts';

vi.mock('electron', async () => (await import('./electronStandIn.ts')).electronModule());
countGlueAssertions(import.meta.filename);

type Functions = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
const treasury = () => electron.exposed.get('treasury') as Functions & { onEvent: (listener: (event: unknown) => void) => () => void };
const desktop = () => electron.exposed.get('desktop') as Record<string, (...args: unknown[]) => Promise<unknown>>;

/** Every value reachable from one exposed to the page, own keys and prototypes' alike. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) walk(descriptor.value);
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== Function.prototype) walk(prototype);
  };
  walk(root);
  return [...seen];
}

describe('electron/preload.ts', () => {
  beforeAll(async () => {
    await import('../../electron/preload.ts');
  });

  it('exposes two things, treasury and desktop, with one exposeInMainWorld call each', () => {
    expect(electron.exposures).toEqual(['treasury', 'desktop']);
  });

  it('window.treasury has one function per contract method and onEvent, nothing else', () => {
    const exposed = treasury();
    const paths = Object.entries(exposed)
      .filter(([key]) => key !== 'onEvent')
      .flatMap(([namespace, methods]) => {
        expect(Object.getPrototypeOf(methods), namespace).toBe(Object.prototype);
        return Object.entries(methods).map(([key, method]) => {
          expect(typeof method, `${namespace}.${key}`).toBe('function');
          return `${namespace}.${key}`;
        });
      });
    expect(paths.sort()).toEqual([...methodNames].sort());
    expect(typeof exposed.onEvent).toBe('function');
  });

  it('each method asks main on treasury:call, under its own name, with its input', async () => {
    const before = electron.invoked.length;
    for (const name of methodNames) {
      const [namespace, key] = name.split('.') as [string, string];
      await treasury()[namespace]![key]!({ marker: name });
    }
    expect(electron.invoked.slice(before)).toEqual(methodNames.map((name) => ['treasury:call', name, { marker: name }]));
  });

  it('window.desktop is the folder picker and the clipboard for secrets, each on its channel', async () => {
    expect(Object.keys(desktop()).sort()).toEqual(['chooseFolder', 'copySecret']);
    const before = electron.invoked.length;
    await desktop().chooseFolder!();
    await desktop().copySecret!('ABCD-EFGH-JKLM-NPQR-STUV');
    expect(electron.invoked.slice(before)).toEqual([[chooseFolderChannel], [copySecretChannel, 'ABCD-EFGH-JKLM-NPQR-STUV']]);
  });

  it('never hands the page ipcRenderer, or any function of it', () => {
    const ipc = electron.module.ipcRenderer as unknown as Record<string, unknown>;
    const forbidden = new Set<unknown>([ipc, ...Object.values(ipc), electron.module, electron.module.contextBridge]);
    const leaked = [...electron.exposed.values()].flatMap(reachable).filter((value) => forbidden.has(value));
    expect(leaked).toEqual([]);
  });

  it('onEvent hands the page’s listener the event alone (not Electron’s, which carries the sender), and stops on unsubscribe', () => {
    const received: unknown[][] = [];
    const unsubscribe = treasury().onEvent((...args: unknown[]) => received.push(args));
    const added = electron.rendererListeners.filter((entry) => entry.channel === 'treasury:event');
    expect(added).toHaveLength(1);
    const event = { name: 'locked', payload: { reason: 'manual' } };
    added[0]!.listener({ sender: electron.module.ipcRenderer }, event);
    expect(received).toEqual([[event]]);
    unsubscribe();
    expect(electron.rendererListeners.filter((entry) => entry.channel === 'treasury:event')).toEqual([]);
  });
});
