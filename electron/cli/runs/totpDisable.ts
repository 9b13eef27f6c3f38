// What `mutual-ledger totp disable` does once its command line is read (its help and flags: ../commands/totpDisable.ts).
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, vaultDir, values);
    await client.totp.disable(secret);
    out.show({ totpEnrolled: false }, () => 'TOTP is off. The passphrase alone now opens the vault.');
  });
}
