// What `mutual-ledger passphrase change` does once its command line is read (its help and flags: ../commands/passphraseChange.ts).
import type { KeySlotKind } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import type { CommandContext } from '../command.ts';
import { oldCopiesWarning, renderKeyChange } from '../keyChange.ts';
import { newPassphrase } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  const { words } = out;
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, context);
    const { unlockedWith } = await client.vault.details({});
    const whose = unlockedWith === 'co-treasurer' ? say('cli.secret.whose.coTreasurer') : say('cli.secret.whose.treasurer');
    const replacement = await newPassphrase(values, whose, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }), words);
    const changed = await client.vault.changePassphrase('passphrase' in secret ? { currentPassphrase: secret.passphrase, newPassphrase: replacement } : { newPassphrase: replacement });
    if (values.rekey !== true) {
      out.show(changed, ({ slot }) => `${words.say(changedLine(slot))}\n${words.say(oldCopiesWarning(vaultDir))}`);
      return;
    }
    const rekeyed = await client.vault.rekey({ confirmWith: { passphrase: replacement } });
    out.show({ ...changed, rekey: rekeyed }, ({ slot, rekey }) => renderKeyChange(say('cli.passphraseChange.changedAndRekeyed', { changed: changedLine(slot) }), rekey, words));
  });
}

function changedLine(slot: KeySlotKind): Message {
  return slot === 'co-treasurer' ? say('cli.passphraseChange.coTreasurerChanged') : say('cli.passphraseChange.treasurerChanged');
}
