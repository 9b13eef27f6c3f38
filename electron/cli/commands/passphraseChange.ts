import type { KeySlotKind } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { newPassphrase, unlockSecret } from '../secrets.ts';
import { unlockVault, withTreasury } from '../session.ts';

/** `mutual-ledger passphrase change`: rewrap the data key under a new passphrase. */
export const passphraseChange: Command = {
  name: 'passphrase change',
  summary: 'Change the passphrase you unlock with.',
  description: `Unlock with the current passphrase; the key slot it opens (treasurer or
co-treasurer) gets the new one. Unlocking with the recovery code instead sets a
new treasurer passphrase, for when the old one is lost. The new passphrase comes
from --new-passphrase-file or $MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for
twice on a terminal; a weak one is refused with the reason. Only the key is
rewrapped: the ledger itself is not rewritten.

--json prints {"slot"}.`,
  options: [...unlockOptions, 'new-passphrase-file'],
  async run({ vaultDir, values, out }) {
    await withTreasury(vaultDir, async (client) => {
      const secret = await unlockVault(client, vaultDir, values, unlockSecret);
      const { unlockedWith } = await client.vault.details({});
      const whose = unlockedWith === 'co-treasurer' ? 'the co-treasurer' : 'the treasurer';
      const replacement = await newPassphrase(values, whose, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }));
      const changed = await client.vault.changePassphrase(
        'passphrase' in secret ? { currentPassphrase: secret.passphrase, newPassphrase: replacement } : { newPassphrase: replacement },
      );
      out.show(changed, renderChanged);
    });
  },
};

function renderChanged({ slot }: { slot: KeySlotKind }): string {
  return `The ${slot} passphrase is changed. The old one no longer opens the vault.`;
}
