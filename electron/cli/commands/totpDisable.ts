import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

/** `mutual-ledger totp disable`: turn the TOTP gate off. */
export const totpDisable: Command = {
  name: 'totp disable',
  summary: 'Turn TOTP off (asks for the passphrase or recovery code).',
  description: `Unlock with the passphrase (or the recovery code) and a TOTP or backup code;
the same secret then confirms turning TOTP off, counted like an unlock attempt.
Afterwards the passphrase alone opens the vault.

--json prints {"totpEnrolled":false}.`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      const secret = await unlockVault(client, vaultDir, values, unlockSecret);
      await client.totp.disable(secret);
      out.show({ totpEnrolled: false }, () => 'TOTP is off. The passphrase alone now opens the vault.');
    });
  },
};
