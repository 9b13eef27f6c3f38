// What `mutual-ledger rekey` does once its command line is read (its help and flags: ../commands/rekey.ts).
import type { CommandContext } from '../command.ts';
import { renderKeyChange } from '../keyChange.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, vaultDir, values);
    out.show(await client.vault.rekey({ confirmWith: secret }), (change) => renderKeyChange('Done.', change));
  });
}
