import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger key-slots backup`: save a copy of key-slots.json. */
export const keySlotsBackup: Command = {
  name: 'key-slots backup',
  summary: "Save a copy of key-slots.json, for when the vault's copy is damaged.",
  description: `Unlock as usual, then copy key-slots.json to --copy-to FILE (a new file, outside
the vault folder; nothing is overwritten). Without key-slots.json nobody can open
the ledger, not even with the right passphrase: keep the copy apart from the
laptop, for example on a USB stick stored elsewhere.

The copy is sensitive: with it, the passphrase (or the recovery code) it was
made with opens the ledger as it was when the vault's key last changed. Someone
who later learns an old passphrase and has an old copy of the vault folder can
read that old ledger. After a key change (rekey, co-treasurer removed or
replaced) earlier copies stop opening the ledger: save a new one.

--json prints {"path"}.`,
  options: [...unlockOptions, 'copy-to'],
  run: (context) => import('../runs/keySlotsBackup.ts').then(({ run }) => run(context)),
};
