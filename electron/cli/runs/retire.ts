// What `mutual-ledger retire` does once its command line is read (its help and flags: ../commands/retire.ts).
import { say } from '../../../shared/messages/message.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { writtenProofFlag } from '../ledgerHead.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  const written = values.anchor;
  if (written === undefined) throw usageError(say('handoverCli.retire.noAnchor'));
  const proof = writtenProofFlag(written, '--anchor');
  if (!('anchor' in proof)) throw usageError(say('cli.head.notAnAnchor', { flag: '--anchor', value: written }));
  await withTreasury(vaultDir, async (client) => {
    // The secret the vault was unlocked with confirms the retiring, as for the other confirmed changes.
    const secret = await unlockVault(client, context);
    out.show(await client.handover.retire({ confirmedAnchor: proof.anchor, confirmWith: secret }), ({ retiredDir, removedFiles }) =>
      out.words.words('handoverCli.retire.done', { folder: retiredDir, files: removedFiles }),
    );
  });
}
