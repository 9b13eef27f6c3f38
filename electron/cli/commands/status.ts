import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger status`: unlock, print the vault's facts, lock. */
export const status: Command = {
  name: 'status',
  summary: "Unlock, show the vault's facts, lock again.",
  description: `Prints the location, creation time, format version, each key slot (kind,
last change, Argon2id memory, iterations and parallelism), the group key's
fingerprint, whether TOTP is on and how many backup codes are left, the
auto-lock delay, and the ledger's entry count, its anchor (E:F:HASH, covering
the entries and the facts: write it down, or keep it outside the vault, and
"verify --expect-head" later proves the ledger was not cut short or rewritten
since) and the heads of its two chains. Then locks the vault again.

Warns when the vault folder is open to other users of this computer (any mode
wider than 0700 for the folder, 0600 for a file in it). Opening the vault makes
them private again; the warning says what was found.

--json prints the vault details object of the contract (vault.details), with
"ledger": {"entries","anchor","head":{"seq","chainHash"}|null,"factsHead"} (ledger.head)
and "fileModeWarnings": [{"path","mode","expected","fixed"}] (empty when all is
private).`,
  options: unlockOptions,
  run: (context) => import('../runs/status.ts').then(({ run }) => run(context)),
};
