// Injected into the page by the Chromium shell before the renderer loads: builds `window.treasury`
// from the contract, exactly as the Electron preload does, over Playwright page bindings.
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';
import { createTreasuryBridge } from '../../shared/treasuryBridge.ts';
import { isTheAppsPage } from './appPage.ts';

declare global {
  interface Window {
    /** Exposed by the shell with page.exposeBinding: runs one call in the Node process and answers its Result as JSON text. */
    __treasuryCall(method: string, input: unknown): Promise<string>;
    /** Called by the shell with page.evaluate when the core emits an event. */
    __treasuryEvent(event: TreasuryEvent): void;
  }
  /** The Navigation API (Chromium 102+), which TypeScript's DOM library does not describe yet: only what is used here. */
  interface NavigateEvent extends Event {
    readonly destination: { readonly url: string };
  }
  var navigation: { addEventListener(type: 'navigate', listener: (event: NavigateEvent) => void): void };
}

// The window never leaves the app: Playwright's routes see only network requests, so a link, a form, a
// meta refresh or `location = …` to about:blank or data: would otherwise take the window away from the
// app (and an outside site, refused by the routes, would leave it on Chromium's error page). The app is
// one page that never navigates, so every navigation of this window to any other page is cancelled
// before it starts; a reload of the app's page (a lock) goes ahead. Added first, so no listener of the
// page's own runs before it; the shell brings the app back should anything get past it.
navigation.addEventListener('navigate', (event) => {
  if (!isTheAppsPage(event.destination.url)) event.preventDefault();
});

const listeners = new Set<(event: TreasuryEvent) => void>();
Object.defineProperty(window, '__treasuryEvent', {
  value: (event: TreasuryEvent) => listeners.forEach((listener) => listener(event)),
});

Object.defineProperty(window, 'treasury', {
  value: Object.freeze(
    createTreasuryBridge(
      async (method, input) => JSON.parse(await window.__treasuryCall(method, input)) as Result<unknown>,
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    ),
  ),
});
