// What `mutual-ledger passphrase set-co-treasurer` does once its command line is read (its help and flags: ../commands/passphraseSetCoTreasurer.ts).
import type { CommandContext } from '../command.ts';
import { renderKeyChange } from '../keyChange.ts';
import { newPassphrase } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, vaultDir, values);
    const passphrase = await newPassphrase(values, 'the co-treasurer', (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
    out.show(await client.vault.setCoTreasurerPassphrase({ passphrase, confirmWith: secret }), (change) =>
      renderKeyChange(change.rekeyed ? 'The co-treasurer passphrase is replaced. The old one no longer opens the vault.' : 'The co-treasurer passphrase is set.', change),
    );
  });
}
