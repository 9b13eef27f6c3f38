// What `mutual-ledger passphrase set-co-treasurer` does once its command line is read (its help and flags: ../commands/passphraseSetCoTreasurer.ts).
import { say } from '../../../shared/messages/message.ts';
import type { CommandContext } from '../command.ts';
import { renderKeyChange } from '../keyChange.ts';
import { newPassphrase } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, context);
    const passphrase = await newPassphrase(values, say('cli.secret.whose.coTreasurer'), (candidate) => client.vault.assessPassphrase({ passphrase: candidate }), out.words);
    out.show(await client.vault.setCoTreasurerPassphrase({ passphrase, confirmWith: secret }), (change) =>
      renderKeyChange(change.rekeyed ? say('cli.coTreasurer.replaced') : say('cli.coTreasurer.set'), change, out.words),
    );
  });
}
