// What `mutual-ledger verify` does once its command line is read (its help and flags: ../commands/verify.ts).
import { firstVerificationProblem, quickCheckProblem } from '../../../shared/verification.ts';
import type { TreasuryClient } from '../../../shared/treasuryBridge.ts';
import { CliError, usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { chainHeadFlag, renderLedgerHead, writtenProofFlag } from '../ledgerHead.ts';
import { progressLine } from '../progressLine.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const proof = values['expect-head'] === undefined ? undefined : writtenProofFlag(values['expect-head'], '--expect-head');
  const expectFactsHead = values['expect-facts-head'] === undefined ? undefined : chainHeadFlag(values['expect-facts-head'], '--expect-facts-head');
  if (values.quick === true) {
    if (proof !== undefined || expectFactsHead !== undefined) throw usageError('--quick checks only the newest entries; a head written down needs the full walk. Leave out --quick.');
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      const result = await client.ledger.quickCheck({});
      const count = `the newest ${entriesWord(result.entriesChecked)} and ${factsWord(result.factsChecked)}`;
      if (result.ok) {
        out.show(result, () => `OK: ${count} checked; both hash chains are unbroken there. verify without --quick walks every entry.`);
        return;
      }
      out.show(result, () => `NOT OK: the check at unlock failed.`);
      throw new CliError('failure', 'LEDGER_BROKEN', quickCheckProblem(result) ?? 'The ledger did not pass its check.');
    });
    return;
  }
  // On a terminal, a line on stderr says how far the walk is (Ctrl-C stops it); piped, nothing.
  const progress = progressLine();
  const verify = async (client: TreasuryClient): Promise<void> => {
    const result = await client.ledger
      .verify({
        ...(proof === undefined ? {} : 'anchor' in proof ? { expectAnchor: proof.anchor } : { expectHead: proof.head }),
        ...(expectFactsHead === undefined ? {} : { expectFactsHead }),
      })
      .finally(() => progress.clear());
    const count = `${entriesWord(result.entriesChecked)} and ${factsWord(result.factsChecked)}`;
    if (result.ok) {
      const anchored = result.headCheck === 'ok' ? ' It still extends the head written down.' : '';
      out.show(
        result,
        () => `OK: ${count} checked; both hash chains are unbroken, integrity_check says ok and the monthly totals match.${anchored}

${renderLedgerHead(result)}`,
      );
      return;
    }
    out.show(result, () => (result.firstBrokenLink === null ? `NOT OK: ${count} checked.` : `NOT OK: ${count} checked before the broken link.`));
    throw new CliError('failure', 'LEDGER_BROKEN', firstVerificationProblem(result) ?? 'The ledger did not verify.');
  };
  try {
    await withUnlockedTreasury(vaultDir, values, verify, (event) => progress.show(event));
  } finally {
    // Ctrl-C ends the command before the stopped walk answers: the line goes before the message.
    progress.clear();
  }
}

const entriesWord = (count: number): string => `${count} entr${count === 1 ? 'y' : 'ies'}`;
const factsWord = (count: number): string => `${count} fact${count === 1 ? '' : 's'}`;
