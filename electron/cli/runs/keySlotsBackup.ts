// What `mutual-ledger key-slots backup` does once its command line is read (its help and flags: ../commands/keySlotsBackup.ts).
import { resolve } from 'node:path';
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  const target = values['copy-to'];
  if (target === undefined) throw usageError(say('cli.keySlotsBackup.noTarget'));
  await withTreasury(vaultDir, async (client) => {
    await unlockVault(client, context);
    out.show(await client.vault.backupKeySlots({ path: resolve(target) }), ({ path }) => out.words.words('cli.keySlotsBackup.saved', { path }));
  });
}
