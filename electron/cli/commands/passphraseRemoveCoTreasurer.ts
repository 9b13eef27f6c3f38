import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger passphrase remove-co-treasurer`: drop the co-treasurer's key slot and re-key. */
export const passphraseRemoveCoTreasurer: Command = {
  name: 'passphrase remove-co-treasurer',
  summary: "Remove the co-treasurer passphrase and change the vault's key.",
  description: `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms the removal. The co-treasurer key slot is removed and the ledger is
re-encrypted under a new key, so the co-treasurer's passphrase opens nothing,
not even with an old copy of key-slots.json.

--json prints {"details", "rekeyed", "newRecoveryCode"}.`,
  options: unlockOptions,
  run: (context) => import('../runs/passphraseRemoveCoTreasurer.ts').then(({ run }) => run(context)),
};
