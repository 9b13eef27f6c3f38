// What `mutual-ledger auto-lock` does once its command line is read (its help and flags: ../commands/autoLock.ts).
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const minutes = values.minutes;
  if (minutes === undefined || !/^\d{1,4}$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440) {
    throw usageError('Give --minutes N, a whole number from 1 to 1440.');
  }
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, vaultDir, values);
    out.show(await client.vault.setAutoLock({ seconds: Number(minutes) * 60, confirmWith: secret }), (details) => `Saved.\n\n${renderVaultDetails(details)}`);
  });
}
