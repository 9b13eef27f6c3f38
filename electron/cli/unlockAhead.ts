import { formatMoney } from '../../shared/money.ts';
import type { Command, OptionValues } from './command.ts';
import { unlockOptions } from './options.ts';
import { unlockSecretAtHand, type UnlockSecret } from './secrets.ts';

/**
 * For a command that unlocks the vault (it takes the unlock flags), starts the unlock's Argon2id now
 * if the secret is in a file or the environment, so that it runs while the rest of the command
 * and the core load (see core/vault/unlockAhead.ts). Nothing is asked and nothing is reported here:
 * the command reads the secret again in its own order, and says what is wrong with it.
 * Returns what zeroes a derivation the unlock never took.
 */
export async function beginUnlockAhead(command: Command, vaultDir: string, values: OptionValues): Promise<() => Promise<void>> {
  const nothing = async () => {};
  if (!unlockOptions.every((option) => command.options.includes(option))) return nothing;
  let secret: UnlockSecret | undefined;
  try {
    secret = unlockSecretAtHand(values);
  } catch {
    // An unreadable file, two secrets at once: the command reports it once it has found the vault.
  }
  if (secret === undefined) return nothing;
  const { beginUnlockAhead: begin, discardDerivedAhead } = await import('../core/vault/unlockAhead.ts');
  begin(vaultDir, secret);
  // The first number formatted wakes ICU, about 30 ms of work here: done while Argon2id runs, so the
  // answer does not wait for it. (It runs between two steps of loading the core, which has time to spare.)
  setImmediate(() => formatMoney(0, 'USD'));
  return discardDerivedAhead;
}
