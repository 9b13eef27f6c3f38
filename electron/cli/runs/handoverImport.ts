// What `mutual-ledger handover import FILE` does once its command line is read (its help and flags: ../commands/handoverImport.ts).
import { resolve } from 'node:path';
import { say } from '../../../shared/messages/message.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { handedOverFacts } from '../handoverText.ts';
import { progressLine } from '../progressLine.ts';
import { handoverPassphrase, passphraseForNewVault } from '../secrets.ts';
import { withTreasury } from '../session.ts';

export async function run({ vaultDir, values, operand, out }: CommandContext): Promise<void> {
  const file = resolve(operand ?? '');
  const identity = values.identity;
  if ((identity === undefined) === (values.passphrase !== true)) throw usageError(say('handoverCli.import.identityOrPassphrase'));
  const progress = progressLine(out.words);
  try {
    await withTreasury(
      vaultDir,
      async (client) => {
        // Checked before any secret is asked for, so nobody types one for nothing.
        if ((await client.vault.select({ vaultDir })).state !== 'no-vault') throw new TreasuryError('VAULT_ALREADY_EXISTS', say('cli.init.vaultExists', { folder: vaultDir }));
        const key = identity === undefined ? { key: 'passphrase' as const, passphrase: await handoverPassphrase(values, out.words) } : { key: 'identity' as const, path: resolve(identity) };
        const newPassphrase = await passphraseForNewVault(values, (candidate) => client.vault.assessPassphrase({ passphrase: candidate }), out.words);
        const received = await client.handover.receive({ path: file, vaultDir, newPassphrase, with: key });
        progress.clear();
        out.show(received, (shown) =>
          [
            out.words.words('handoverCli.import.made', { folder: shown.vaultDir, entries: shown.entries }),
            out.words.words('handoverCli.import.compare'),
            handedOverFacts(shown, out.words),
            out.words.words('handoverCli.import.recoveryCode', { recoveryCode: shown.recoveryCode }),
            ...(shown.identityDestroyed === null ? [] : [out.words.words('handoverCli.import.identityDestroyed', { path: shown.identityDestroyed })]),
            out.words.words('handoverCli.import.checklist', { folder: shown.vaultDir }),
          ].join('\n\n'),
        );
      },
      (event) => progress.show(event),
    );
  } finally {
    progress.clear();
  }
}
