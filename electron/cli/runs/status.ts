// What `mutual-ledger status` does once its command line is read (its help and flags: ../commands/status.ts).
import { existsSync } from 'node:fs';
import { widerThanPrivate } from '../../core/vault/privateFiles.ts';
import type { CommandContext } from '../command.ts';
import { fileModeWarnings, renderFileModeWarnings } from '../fileModeWarnings.ts';
import { backupFacts } from '../backupFacts.ts';
import { ledgerHeadFacts } from '../ledgerHead.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderFacts } from '../textTable.ts';
import { vaultDetailsFacts } from '../vaultFacts.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  const { words } = out;
  await withTreasury(vaultDir, async (client) => {
    // Looked at before unlocking, which makes the folder private again, so the warning says what was found.
    const foundBefore = existsSync(vaultDir) ? widerThanPrivate(vaultDir) : [];
    await unlockVault(client, context);
    const details = { ...(await client.vault.details({})), ledger: await client.ledger.head(), backup: await client.backup.status({}), fileModeWarnings: fileModeWarnings(foundBefore, vaultDir) };
    out.show(details, (shown) =>
      [
        // One table, so the vault's labels and the ledger's line up whatever their language.
        renderFacts([...vaultDetailsFacts(shown, words), ...ledgerHeadFacts(shown.ledger, words), ...backupFacts(shown.backup, words)]),
        ...(shown.fileModeWarnings.length === 0 ? [] : ['', renderFileModeWarnings(shown.fileModeWarnings, words)]),
      ].join('\n'),
    );
  });
}
