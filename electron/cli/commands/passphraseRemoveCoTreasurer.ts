import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';

/** `mutual-ledger passphrase remove-co-treasurer`: drop the co-treasurer's key slot. */
export const passphraseRemoveCoTreasurer: Command = {
  name: 'passphrase remove-co-treasurer',
  summary: 'Remove the co-treasurer passphrase.',
  description: `Unlock as usual; the co-treasurer key slot is then removed.

--json prints the vault details after the change.`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      await unlockVault(client, vaultDir, values, unlockSecret);
      out.show(await client.vault.removeCoTreasurer({}), (details) => `The co-treasurer key slot is removed.\n\n${renderVaultDetails(details)}`);
    });
  },
};
