import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';

/** `mutual-ledger status`: unlock, print the vault's facts, lock. */
export const status: Command = {
  name: 'status',
  summary: 'Unlock, show the vault\'s facts, lock again.',
  description: `Prints the location, creation time, format version, each key slot (kind,
last change, Argon2id memory, iterations and parallelism), the group key's
fingerprint, whether TOTP is on and how many backup codes are left, and the
auto-lock delay. Then locks the vault again.

--json prints the vault details object of the contract (vault.details).`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      await unlockVault(client, vaultDir, values, unlockSecret);
      out.show(await client.vault.details({}), renderVaultDetails);
    });
  },
};
