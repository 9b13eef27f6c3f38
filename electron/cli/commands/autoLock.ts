import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger auto-lock`: how long the app may sit idle before it locks itself. */
export const autoLock: Command = {
  name: 'auto-lock',
  summary: 'Set how long the app may sit idle before it locks itself.',
  description: `Unlock as usual, then set the auto-lock to --minutes N (1 to 1440). A longer
time than now is confirmed with the passphrase (or recovery code) you unlocked
with, and a wrong one counts towards the unlock backoff.

--json prints the vault details after the change.`,
  options: [...unlockOptions, 'minutes'],
  run: (context) => import('../runs/autoLock.ts').then(({ run }) => run(context)),
};
