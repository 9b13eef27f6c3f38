import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger totp disable`: turn the TOTP gate off. */
export const totpDisable: Command = {
  name: 'totp disable',
  summary: 'Turn TOTP off (asks for the passphrase or recovery code).',
  description: `Unlock with the passphrase (or the recovery code) and a TOTP or backup code;
the same secret then confirms turning TOTP off, counted like an unlock attempt.
Afterwards the passphrase alone opens the vault.

--json prints {"totpEnrolled":false}.`,
  options: unlockOptions,
  run: (context) => import('../runs/totpDisable.ts').then(({ run }) => run(context)),
};
