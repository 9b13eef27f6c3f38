import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger passphrase set-co-treasurer`: add or replace the co-treasurer's key slot. */
export const passphraseSetCoTreasurer: Command = {
  name: 'passphrase set-co-treasurer',
  summary: 'Add or replace the co-treasurer passphrase (re-keys when replacing).',
  description: `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms the change, and a wrong one counts towards the unlock backoff. The
co-treasurer's passphrase then comes from --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal (let them
type it). A weak one is refused with the reason.

Replacing an existing co-treasurer passphrase also changes the vault's key: the
ledger is re-encrypted, so the old co-treasurer passphrase opens nothing, not
even with an old copy of key-slots.json.

--json prints {"details", "rekeyed", "newRecoveryCode"}.`,
  options: [...unlockOptions, 'new-passphrase-file'],
  run: (context) => import('../runs/passphraseSetCoTreasurer.ts').then(({ run }) => run(context)),
};
