import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

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
  run: (context) => import('../runs/passphraseChange.ts').then(({ run }) => run(context)),
};
