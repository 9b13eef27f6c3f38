import type { Command } from '../command.ts';

/** `mutual-ledger init`: create a vault and show its recovery code, once. */
export const init: Command = {
  name: 'init',
  summary: 'Create a vault; show its recovery code, once.',
  description: `The folder may not exist yet; if it does, it must be empty. The passphrase
comes from --passphrase-file or $MUTUAL_LEDGER_PASSPHRASE (the same sources every
later command unlocks with), or --new-passphrase-file or
$MUTUAL_LEDGER_NEW_PASSPHRASE, or is asked for twice on a terminal. A weak passphrase is refused with the reason.

The recovery code opens the vault if the passphrase is lost. It is shown this
once: write it on paper and keep it apart from the laptop.

--json prints {"vaultDir","recoveryCode","groupKeyFingerprint"}.`,
  options: ['passphrase-file', 'new-passphrase-file'],
  run: (context) => import('../runs/init.ts').then(({ run }) => run(context)),
};
