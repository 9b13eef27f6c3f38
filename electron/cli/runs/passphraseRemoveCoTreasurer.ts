// What `mutual-ledger passphrase remove-co-treasurer` does once its command line is read (its help and flags: ../commands/passphraseRemoveCoTreasurer.ts).
import type { CommandContext } from '../command.ts';
import { renderKeyChange } from '../keyChange.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, vaultDir, values);
    out.show(await client.vault.removeCoTreasurer({ confirmWith: secret }), (change) => renderKeyChange('The co-treasurer key slot is removed.', change));
  });
}
