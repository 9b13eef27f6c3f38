// What `mutual-ledger rekey` does once its command line is read (its help and flags: ../commands/rekey.ts).
import { say } from '../../../shared/messages/message.ts';
import type { CommandContext } from '../command.ts';
import { renderKeyChange } from '../keyChange.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, context);
    out.show(await client.vault.rekey({ confirmWith: secret }), (change) => renderKeyChange(say('cli.rekey.done'), change, out.words));
  });
}
