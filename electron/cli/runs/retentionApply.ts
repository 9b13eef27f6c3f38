// What `mutual-ledger retention apply` does once its command line is read (its help and flags: ../commands/retentionApply.ts).
import { retentionPolicies, type Output as MethodOutput } from '../../../shared/contract/index.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import type { CommandContext } from '../command.ts';
import { progressLine } from '../progressLine.ts';
import { policyLabel } from '../retentionText.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderFacts } from '../textTable.ts';

type ShownRun = MethodOutput<'retention.apply'> & { chosen: boolean };

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, out } = context;
  // On a terminal, a line on stderr says how far the run is (Ctrl-C stops it); piped, nothing.
  const progress = progressLine(out.words);
  try {
    await withUnlockedTreasury(
      context,
      async (client) => {
        const { chosen } = await client.retention.show({});
        // Under a legal hold the core refuses, with the hold's date and note: exit 1, nothing changed.
        const result = await client.retention.apply({ startedBy: 'treasurer' }).finally(() => progress.clear());
        out.show<ShownRun>({ ...result, chosen }, (shown) => renderRun(shown, vaultDir, out.words));
      },
      (event) => progress.show(event),
    );
  } finally {
    // Ctrl-C ends the command before the stopped run answers: the line goes before the message.
    progress.clear();
  }
}

function renderRun({ run, compacted, chosen }: ShownRun, vaultDir: string, words: Translator): string {
  const lines: string[] = [];
  if (run !== null) {
    lines.push(words.words('retentionCli.apply.shredded'), renderFacts(retentionPolicies.map((policy) => [policyLabel(policy, words), words.number(run.counts[policy])] as const)));
  } else {
    lines.push(chosen ? words.words('retentionCli.apply.nothingDue') : words.words('retentionCli.apply.notChosen', { folder: vaultDir }));
  }
  if (compacted) lines.push(words.words('retentionCli.apply.compacted'));
  return lines.join('\n');
}
