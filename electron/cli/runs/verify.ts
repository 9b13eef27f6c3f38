// What `mutual-ledger verify` does once its command line is read (its help and flags: ../commands/verify.ts).
import { firstVerificationProblem } from '../../../shared/verification.ts';
import { CliError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { chainHeadFlag, renderLedgerHead, writtenProofFlag } from '../ledgerHead.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const proof = values['expect-head'] === undefined ? undefined : writtenProofFlag(values['expect-head'], '--expect-head');
  const expectFactsHead = values['expect-facts-head'] === undefined ? undefined : chainHeadFlag(values['expect-facts-head'], '--expect-facts-head');
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const result = await client.ledger.verify({
      ...(proof === undefined ? {} : 'anchor' in proof ? { expectAnchor: proof.anchor } : { expectHead: proof.head }),
      ...(expectFactsHead === undefined ? {} : { expectFactsHead }),
    });
    const count = `${result.entriesChecked} entr${result.entriesChecked === 1 ? 'y' : 'ies'} and ${result.factsChecked} fact${result.factsChecked === 1 ? '' : 's'}`;
    if (result.ok) {
      const anchored = result.headCheck === 'ok' ? ' It still extends the head written down.' : '';
      out.show(result, () => `OK: ${count} checked; both hash chains are unbroken, integrity_check says ok and the monthly totals match.${anchored}

${renderLedgerHead(result)}`);
      return;
    }
    out.show(result, () => (result.firstBrokenLink === null ? `NOT OK: ${count} checked.` : `NOT OK: ${count} checked before the broken link.`));
    throw new CliError('failure', 'LEDGER_BROKEN', firstVerificationProblem(result) ?? 'The ledger did not verify.');
  });
}
