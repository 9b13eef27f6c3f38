import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger rekey`: change the vault's key. */
export const rekey: Command = {
  name: 'rekey',
  summary: "Change the vault's key, so old copies of the vault folder stop opening.",
  description: `Unlock as usual; the passphrase (or recovery code) you unlocked with also
confirms the change. The ledger is re-encrypted under a new random key and every
key slot is resealed to it; no passphrase changes. Afterwards no copy of
key-slots.json (or of the vault folder) taken before now opens today's ledger,
whatever passphrase it was made with. A crash part-way leaves the old vault or
the new one, never neither.

A recovery code made by version 1 of the vault format cannot be carried over to
the new key without it: a new recovery code is then printed, once.

--json prints {"details", "rekeyed", "newRecoveryCode"}.`,
  options: unlockOptions,
  run: (context) => import('../runs/rekey.ts').then(({ run }) => run(context)),
};
