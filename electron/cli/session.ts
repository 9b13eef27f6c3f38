import type { TreasuryEvent } from '../../shared/contract/index.ts';
import { TreasuryError } from '../../shared/errors.ts';
import { say } from '../../shared/messages/message.ts';
import type { TreasuryClient } from '../../shared/treasuryBridge.ts';
import { CliError } from './cliError.ts';
import type { CommandContext } from './command.ts';
import { totpCode, unlockSecret, type UnlockSecret } from './secrets.ts';

/**
 * Runs one command against the core and always closes it afterwards, which locks the vault:
 * on success, on failure, and on Ctrl-C or SIGTERM (the command is abandoned, the vault still locked).
 */
export async function withTreasury<T>(vaultDir: string, body: (client: TreasuryClient) => Promise<T>, onEvent?: (event: TreasuryEvent) => void): Promise<T> {
  // Loaded here, not at the top: the core and the contract pull in zod, SQLCipher and Argon2 (about
  // 0.2 s here), which --help and usage errors do not need, and which load while an unlock's Argon2id
  // begun ahead runs. The strength estimator loads only where a passphrase is judged.
  const [{ openTreasury }, { createTreasuryClient }] = await Promise.all([import('../core/treasury.ts'), import('../../shared/treasuryBridge.ts')]);
  const treasury = openTreasury({ defaultVaultDir: vaultDir, onInternalError: reportInternalError, ...(onEvent === undefined ? {} : { onEvent }) });
  let onSignal = (): void => {};
  const interrupted = new Promise<never>((_resolve, reject) => {
    onSignal = () => reject(new CliError('failure', 'INTERRUPTED', say('cli.session.interrupted')));
  });
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await Promise.race([body(createTreasuryClient((method, input) => treasury.dispatcher.call(method, input))), interrupted]);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await treasury.close();
  }
}

/**
 * Opens the vault in vaultDir as the app's unlock screen does: select, unlock with a passphrase
 * or the recovery code, then the TOTP gate if the vault has one. The secret is asked for only once
 * the folder is known to hold a vault that may be tried now; it is returned for a later step.
 */
export async function unlockVault(client: TreasuryClient, { vaultDir, values, out }: CommandContext): Promise<UnlockSecret> {
  const status = await client.vault.select({ vaultDir });
  if (status.state === 'no-vault') throw new TreasuryError('VAULT_NOT_FOUND', say('cli.session.noVault', { folder: vaultDir }));
  const wait = status.retryAfterSeconds;
  if (wait > 0) throw new TreasuryError('UNLOCK_BACKOFF', say('cli.session.backoff', { seconds: wait }), { retryAfterSeconds: wait });
  const secret = await unlockSecret(values, out.words);
  const { state } = await client.vault.unlock(secret);
  if (state === 'awaiting-totp') await client.vault.confirmTotp({ code: await totpCode(values, out.words) });
  return secret;
}

/** Runs `body` on the unlocked vault (passphrase or recovery code, then TOTP), and locks it afterwards. */
export function withUnlockedTreasury<T>(context: CommandContext, body: (client: TreasuryClient) => Promise<T>, onEvent?: (event: TreasuryEvent) => void): Promise<T> {
  return withTreasury(
    context.vaultDir,
    async (client) => {
      await unlockVault(client, context);
      return body(client);
    },
    onEvent,
  );
}

// The one line on stderr says only that something went wrong inside; the details are for a
// developer who asks for them, since they may name paths and internals.
function reportInternalError(method: string, error: unknown): void {
  if (process.env.MUTUAL_LEDGER_DEBUG !== '1') return;
  process.stderr.write(`[debug] ${method}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
