// What `mutual-ledger passphrase remove-co-treasurer` does once its command line is read (its help and flags: ../commands/passphraseRemoveCoTreasurer.ts).
import { say } from '../../../shared/messages/message.ts';
import type { CommandContext } from '../command.ts';
import { renderKeyChange } from '../keyChange.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, context);
    out.show(await client.vault.removeCoTreasurer({ confirmWith: secret }), (change) => renderKeyChange(say('cli.coTreasurer.removed'), change, out.words));
  });
}
