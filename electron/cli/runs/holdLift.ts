// What `mutual-ledger hold lift` does once its command line is read (its help and flags: ../commands/holdLift.ts).
import type { CommandContext } from '../command.ts';
import { dayOf } from '../retentionText.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withTreasury(vaultDir, async (client) => {
    // The secret the vault was unlocked with confirms the lifting, as for the other confirmed changes (auto-lock, co-treasurer).
    const secret = await unlockVault(client, context);
    out.show(await client.hold.lift({ confirmWith: secret }), ({ liftedAt }) =>
      [out.words.words('retentionCli.hold.lifted', { since: dayOf(liftedAt) }), out.words.words('retentionCli.hold.shredsAgain', { folder: vaultDir })].join('\n'),
    );
  });
}
