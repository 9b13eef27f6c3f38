import type { KeySlotKind } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { oldCopiesWarning, renderKeyChange } from '../keyChange.ts';
import { unlockOptions } from '../options.ts';
import { newPassphrase, unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

/** `mutual-ledger passphrase change`: a new passphrase for the slot you unlock with, and optionally a new key. */
export const passphraseChange: Command = {
  name: 'passphrase change',
  summary: 'Change the passphrase you unlock with.',
  description: `Unlock with the current passphrase; the key slot it opens (treasurer or
co-treasurer) gets the new one, with a fresh key pair. Unlocking with the
recovery code instead sets a new treasurer passphrase, for when the old one is
lost. The new passphrase comes from --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal; a weak one
is refused with the reason.

The ledger's key does not change: the old passphrase no longer opens this vault,
but a copy of the vault folder taken before today still opens with it. Add
--rekey to change the vault's key as well (see \`mutual-ledger rekey --help\`).

--json prints {"slot", "oldCopiesStillOpen"}, and with --rekey also "rekey".`,
  options: [...unlockOptions, 'new-passphrase-file', 'rekey'],
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      const secret = await unlockVault(client, vaultDir, values, unlockSecret);
      const { unlockedWith } = await client.vault.details({});
      const whose = unlockedWith === 'co-treasurer' ? 'the co-treasurer' : 'the treasurer';
      const replacement = await newPassphrase(values, whose, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
      const changed = await client.vault.changePassphrase(
        'passphrase' in secret ? { currentPassphrase: secret.passphrase, newPassphrase: replacement } : { newPassphrase: replacement },
      );
      if (values.rekey !== true) {
        out.show(changed, ({ slot }) => `${changedLine(slot)}\n${oldCopiesWarning(vaultDir)}`);
        return;
      }
      const rekeyed = await client.vault.rekey({ confirmWith: { passphrase: replacement } });
      out.show({ ...changed, rekey: rekeyed }, ({ slot, rekey }) => renderKeyChange(`${changedLine(slot)} The old passphrase no longer opens this vault.`, rekey));
    });
  },
};

function changedLine(slot: KeySlotKind): string {
  return `The ${slot} passphrase is changed.`;
}
