// The vault the bench reads from: a real one (Argon2id key slots at the app's settings, the facts
// chain), made through the app's own path, so that unlock, verify and the screens are measured as a
// treasurer meets them. Synthetic accounts only.
import { addAccount } from '../../electron/core/accounts/paymentAccounts.ts';
import { Vault } from '../../electron/core/vault/vault.ts';
import { accountNames } from './syntheticLedger.ts';

/** The made-up passphrase of the bench's vault. */
export const benchPassphrase = 'synthetic bench lantern orchard cascade';

/** A vault over `vaultDir` with the app's settings and this clock; nothing in it until created or unlocked. */
export function benchVault(vaultDir: string, now: Date): Vault {
  return new Vault({ vaultDir, now: () => now, onLocked: () => undefined, requestLock: () => undefined });
}

/** Creates the vault, unlocked, with the eight synthetic accounts added as the screens add them. */
export async function createBenchVault(vaultDir: string, now: Date): Promise<Vault> {
  const vault = benchVault(vaultDir, now);
  await vault.create(vaultDir, benchPassphrase);
  const security = { mfa: true, personalPhone: false, personalName: false, personalCard: false };
  for (const name of accountNames) addAccount(vault.ledger(), { name, kind: 'bank', currency: 'USD', holder: 'organisation', security }, now);
  return vault;
}
