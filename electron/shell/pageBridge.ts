// Injected into the page by the Chromium shell before the renderer loads: builds `window.treasury`
// from the contract, exactly as the Electron preload does, over Playwright page bindings.
import type { TreasuryEvent } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';
import { createTreasuryBridge } from '../../shared/treasuryBridge.ts';

declare global {
  interface Window {
    /** Exposed by the shell with page.exposeBinding: runs one call in the Node process and answers its Result as JSON text. */
    __treasuryCall(method: string, input: unknown): Promise<string>;
    /** Called by the shell with page.evaluate when the core emits an event. */
    __treasuryEvent(event: TreasuryEvent): void;
  }
}

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
