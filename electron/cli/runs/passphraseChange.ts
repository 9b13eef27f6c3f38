// What `mutual-ledger passphrase change` does once its command line is read (its help and flags: ../commands/passphraseChange.ts).
import type { KeySlotKind } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { oldCopiesWarning, renderKeyChange } from '../keyChange.ts';
import { newPassphrase } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    const secret = await unlockVault(client, vaultDir, values);
    const { unlockedWith } = await client.vault.details({});
    const whose = unlockedWith === 'co-treasurer' ? 'the co-treasurer' : 'the treasurer';
    const replacement = await newPassphrase(values, whose, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
    const changed = await client.vault.changePassphrase('passphrase' in secret ? { currentPassphrase: secret.passphrase, newPassphrase: replacement } : { newPassphrase: replacement });
    if (values.rekey !== true) {
      out.show(changed, ({ slot }) => `${changedLine(slot)}\n${oldCopiesWarning(vaultDir)}`);
      return;
    }
    const rekeyed = await client.vault.rekey({ confirmWith: { passphrase: replacement } });
    out.show({ ...changed, rekey: rekeyed }, ({ slot, rekey }) => renderKeyChange(`${changedLine(slot)} The old passphrase no longer opens this vault.`, rekey));
  });
}

function changedLine(slot: KeySlotKind): string {
  return `The ${slot} passphrase is changed.`;
}
