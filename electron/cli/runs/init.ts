// What `mutual-ledger init` does once its command line is read (its help and flags: ../commands/init.ts).
import { TreasuryError } from '../../../shared/errors.ts';
import { say } from '../../../shared/messages/message.ts';
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
      throw new TreasuryError('VAULT_ALREADY_EXISTS', say('cli.init.vaultExists', { folder: vaultDir }));
    }
    const passphrase = await passphraseForNewVault(values, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }), out.words);
    const created = await client.vault.create({ vaultDir, passphrase });
    out.show<Created>({ vaultDir, ...created }, (shown) => out.words.words('cli.init.created', { folder: shown.vaultDir, recoveryCode: shown.recoveryCode, fingerprint: shown.groupKeyFingerprint }));
  });
}
