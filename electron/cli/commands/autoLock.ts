import type { Command } from '../command.ts';
import { usageError } from '../cliError.ts';
import { unlockOptions } from '../options.ts';
import { unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';

/** `mutual-ledger auto-lock`: how long the app may sit idle before it locks itself. */
export const autoLock: Command = {
  name: 'auto-lock',
  summary: 'Set how long the app may sit idle before it locks itself.',
  description: `Unlock as usual, then set the auto-lock to --minutes N (1 to 1440). A longer
time than now is confirmed with the passphrase (or recovery code) you unlocked
with, and a wrong one counts towards the unlock backoff.

--json prints the vault details after the change.`,
  options: [...unlockOptions, 'minutes'],
  async run({ vaultDir, values, out }) {
    const minutes = values.minutes;
    if (minutes === undefined || !/^\d{1,4}$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440) {
      throw usageError('Give --minutes N, a whole number from 1 to 1440.');
    }
    await withTreasury(vaultDir, async (client) => {
      const secret = await unlockVault(client, vaultDir, values, unlockSecret);
      out.show(await client.vault.setAutoLock({ seconds: Number(minutes) * 60, confirmWith: secret }), (details) => `Saved.\n\n${renderVaultDetails(details)}`);
    });
  },
};
