import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { newPassphrase, unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';

/** `mutual-ledger passphrase set-co-treasurer`: add or replace the co-treasurer's key slot. */
export const passphraseSetCoTreasurer: Command = {
  name: 'passphrase set-co-treasurer',
  summary: 'Add or replace the co-treasurer passphrase.',
  description: `Unlock as usual; the co-treasurer's passphrase then comes from
--new-passphrase-file or $MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on
a terminal (let them type it). A weak one is refused with the reason.

--json prints the vault details after the change.`,
  options: [...unlockOptions, 'new-passphrase-file'],
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      await unlockVault(client, vaultDir, values, unlockSecret);
      const passphrase = await newPassphrase(values, 'the co-treasurer', (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
      out.show(await client.vault.setCoTreasurerPassphrase({ passphrase }), (details) => `The co-treasurer passphrase is set.\n\n${renderVaultDetails(details)}`);
    });
  },
};
