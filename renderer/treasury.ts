// The screens' one way to the core: window.treasury (from the preload or the Chromium shell), typed by the contract.
import { bridgeCall, createTreasuryClient, type TreasuryBridge } from '../shared/treasuryBridge.ts';

declare global {
  interface Window {
    readonly treasury: TreasuryBridge;
  }
}

/** Contract methods that resolve to their value or throw a TreasuryError. */
export const treasury = createTreasuryClient(bridgeCall(window.treasury));
