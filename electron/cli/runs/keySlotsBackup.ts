// What `mutual-ledger key-slots backup` does once its command line is read (its help and flags: ../commands/keySlotsBackup.ts).
import { resolve } from 'node:path';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const target = values['copy-to'];
  if (target === undefined) throw usageError('Say where to save the copy: --copy-to FILE.');
  await withTreasury(vaultDir, async (client) => {
    await unlockVault(client, vaultDir, values);
    out.show(
      await client.vault.backupKeySlots({ path: resolve(target) }),
      ({ path }) => `Saved a copy of the key slots to ${path}. It opens the vault with the passphrase or recovery code of today: keep it as safely as the recovery sheet, apart from this laptop.`,
    );
  });
}
