// What `mutual-ledger status` does once its command line is read (its help and flags: ../commands/status.ts).
import { existsSync } from 'node:fs';
import { widerThanPrivate } from '../../core/vault/privateFiles.ts';
import type { CommandContext } from '../command.ts';
import { fileModeWarnings, renderFileModeWarnings } from '../fileModeWarnings.ts';
import { unlockVault, withTreasury } from '../session.ts';
import { renderVaultDetails } from '../vaultFacts.ts';
import { renderLedgerHead } from '../ledgerHead.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  await withTreasury(vaultDir, async (client) => {
    // Looked at before unlocking, which makes the folder private again, so the warning says what was found.
    const foundBefore = existsSync(vaultDir) ? widerThanPrivate(vaultDir) : [];
    await unlockVault(client, vaultDir, values);
    const details = { ...(await client.vault.details({})), ledger: await client.ledger.head(), fileModeWarnings: fileModeWarnings(foundBefore, vaultDir) };
    out.show(details, (shown) =>
      [renderVaultDetails(shown), renderLedgerHead(shown.ledger), ...(shown.fileModeWarnings.length === 0 ? [] : ['', renderFileModeWarnings(shown.fileModeWarnings)])].join('\n'),
    );
  });
}
