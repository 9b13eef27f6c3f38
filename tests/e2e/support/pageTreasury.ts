import type { TreasuryBridge } from '../../../shared/treasuryBridge.ts';

/** The page's globals as the renderer sees them, for calls made from page.evaluate (tests compile without the DOM library). */
export type PageWithTreasury = { treasury: TreasuryBridge };
