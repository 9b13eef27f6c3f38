import type { Command } from '../command.ts';
import { passphraseSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

/** `mutual-ledger totp disable`: turn the TOTP gate off. */
export const totpDisable: Command = {
  name: 'totp disable',
  summary: 'Turn TOTP off (asks for the passphrase).',
  description: `Unlock with the passphrase and a TOTP or backup code; the same passphrase then
confirms turning TOTP off. Afterwards the passphrase alone opens the vault.

--json prints {"totpEnrolled":false}.`,
  options: ['passphrase-file', 'totp'],
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      const { passphrase } = await unlockVault(client, vaultDir, values, passphraseSecret);
      await client.totp.disable({ passphrase });
      out.show({ totpEnrolled: false }, () => 'TOTP is off. The passphrase alone now opens the vault.');
    });
  },
};
