// What `mutual-ledger init` does once its command line is read (its help and flags: ../commands/init.ts).
import { TreasuryError } from '../../../shared/errors.ts';
import type { CommandContext } from '../command.ts';
import { passphraseForNewVault } from '../secrets.ts';
import { withTreasury } from '../session.ts';

interface Created {
  vaultDir: string;
  recoveryCode: string;
  groupKeyFingerprint: string;
}

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    // Checked before asking for a passphrase, so nobody types one twice for nothing.
    if ((await client.vault.select({ vaultDir })).state !== 'no-vault') {
      throw new TreasuryError('VAULT_ALREADY_EXISTS', `There is already a vault in ${vaultDir}.`);
    }
    const passphrase = await passphraseForNewVault(values, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
    const created = await client.vault.create({ vaultDir, passphrase });
    out.show<Created>({ vaultDir, ...created }, renderCreated);
  });
}

function renderCreated({ vaultDir, recoveryCode, groupKeyFingerprint }: Created): string {
  return `Created the vault in ${vaultDir}

Recovery code, shown only this once:

    ${recoveryCode}

Write it down on paper now and keep it apart from this laptop. Anyone who has it
can open the vault, so guard it like the passphrase.

Group key fingerprint: ${groupKeyFingerprint}

Next, turn on TOTP:  mutual-ledger totp enroll --vault ${vaultDir}`;
}
