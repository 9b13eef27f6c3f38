import { TreasuryError } from '../../../shared/errors.ts';
import type { Command } from '../command.ts';
import { passphraseForNewVault } from '../secrets.ts';
import { withTreasury } from '../session.ts';

interface Created {
  vaultDir: string;
  recoveryCode: string;
  groupKeyFingerprint: string;
}

/** `mutual-ledger init`: create a vault and show its recovery code, once. */
export const init: Command = {
  name: 'init',
  summary: 'Create a vault; show its recovery code, once.',
  description: `The folder may not exist yet; if it does, it must be empty. The passphrase
comes from --passphrase-file or $MUTUAL_LEDGER_PASSPHRASE (the same sources every
later command unlocks with), or --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal. A weak passphrase is refused with the reason.

The recovery code opens the vault if the passphrase is lost. It is shown this
once: write it on paper and keep it apart from the laptop.

--json prints {"vaultDir","recoveryCode","groupKeyFingerprint"}.`,
  options: ['passphrase-file', 'new-passphrase-file'],
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      // Checked before asking for a passphrase, so nobody types one twice for nothing.
      if ((await client.vault.select({ vaultDir })).state !== 'no-vault') {
        throw new TreasuryError('VAULT_ALREADY_EXISTS', `There is already a vault in ${vaultDir}.`);
      }
      const passphrase = await passphraseForNewVault(values, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
      const created = await client.vault.create({ vaultDir, passphrase });
      out.show<Created>({ vaultDir, ...created }, renderCreated);
    });
  },
};

function renderCreated({ vaultDir, recoveryCode, groupKeyFingerprint }: Created): string {
  return `Created the vault in ${vaultDir}

Recovery code, shown only this once:

    ${recoveryCode}

Write it down on paper now and keep it apart from this laptop. Anyone who has it
can open the vault, so guard it like the passphrase.

Group key fingerprint: ${groupKeyFingerprint}

Next, turn on TOTP:  mutual-ledger totp enroll --vault ${vaultDir}`;
}
