// What `mutual-ledger totp disable` does once its command line is read (its help and flags: ../commands/totpDisable.ts).
import type { CommandContext } from '../command.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, context);
    await client.totp.disable(secret);
    out.show({ totpEnrolled: false }, () => out.words.words('cli.totpDisable.done'));
  });
}
