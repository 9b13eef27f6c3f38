// The screens' one way to the core: window.treasury (from the preload or the Chromium shell), typed by the contract.
import { bridgeCall, createTreasuryClient, type TreasuryBridge } from '../shared/treasuryBridge.ts';
import type { DesktopBridge } from '../shared/desktopBridge.ts';

declare global {
  interface Window {
    readonly treasury: TreasuryBridge;
    /** Only in the Electron app (its preload): the system's folder picker. */
    readonly desktop?: DesktopBridge;
  }
}

/** Contract methods that resolve to their value or throw a TreasuryError. */
export const treasury = createTreasuryClient(bridgeCall(window.treasury));
