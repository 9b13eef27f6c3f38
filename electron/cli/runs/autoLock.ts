// What `mutual-ledger auto-lock` does once its command line is read (its help and flags: ../commands/autoLock.ts).
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  const minutes = values.minutes;
  if (minutes === undefined || !/^\d{1,4}$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440) {
    throw usageError(say('cli.autoLock.badMinutes'));
  }
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, context);
    out.show(await client.vault.setAutoLock({ seconds: Number(minutes) * 60, confirmWith: secret }), (details) => `${out.words.words('cli.saved')}\n\n${renderVaultDetails(details, out.words)}`);
  });
}
