// What `mutual-ledger import FILE` does once its command line is read (its help and flags: ../commands/importStatement.ts).
import { contract, statementFormats, type ImportPreview } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { choiceFlag, countFlag, requiredFlag, textFlag } from '../flagValues.ts';
import { renderImport } from '../importText.ts';
import { findAccount } from '../ledgerNames.ts';
import { progressLine } from '../progressLine.ts';
import { withUnlockedTreasury } from '../session.ts';
import { readStatementFile } from '../statementFile.ts';

/** What the command shows: the preview, and what was written (null with --dry-run, or when nothing was to be booked). */
export type ImportShown = ImportPreview & { dryRun: boolean; imported: { firstSeq: number; lastSeq: number } | null };

export async function run(context: CommandContext): Promise<void> {
  const { values, operand, out } = context;
  const accountName = requiredFlag(values, 'account', 'import');
  const format = values.format === undefined ? undefined : choiceFlag(values.format, statementFormats, '--format');
  const mapping = values.mapping === undefined ? undefined : textFlag(values.mapping, contract.mappings.remove.input.shape.name, '--mapping');
  const bookAnyway = (values['book-anyway'] ?? '')
    .split(',')
    .filter((line) => line.trim() !== '')
    .map((line) => countFlag(line, '--book-anyway', 1, 999_999_999));
  const text = await readStatementFile(operand ?? '-');
  // On a terminal, a line on stderr says how far the import is (Ctrl-C stops it, writing nothing); piped, nothing.
  const progress = progressLine(out.words);
  try {
    await withUnlockedTreasury(
      context,
      async (client) => {
        const account = await findAccount(client, accountName, '--account');
        const linked = values['linked-account'] === undefined ? undefined : await findAccount(client, values['linked-account'], '--linked-account');
        const request = {
          text,
          accountId: account.id,
          bookAnyway,
          ...(linked === undefined ? {} : { linkedAccountId: linked.id }),
          ...(format === undefined ? {} : { format }),
          ...(mapping === undefined ? {} : { mapping }),
        };
        const dryRun = values['dry-run'] === true;
        // The import writes exactly the plan previewed (its digest goes with it), as on the screen.
        const preview = await client.import.preview(request);
        let imported: ImportShown['imported'] = null;
        if (!dryRun) {
          const { firstSeq, lastSeq } = await client.import.apply({ ...request, planDigest: preview.planDigest });
          imported = firstSeq === null || lastSeq === null ? null : { firstSeq, lastSeq };
        }
        progress.clear();
        const shown: ImportShown = { ...preview, dryRun, imported };
        const { accounts } = await client.accounts.list();
        out.show(shown, (result) => renderImport(result, accounts, out.words));
      },
      (event) => progress.show(event),
    );
  } finally {
    // A refusal or Ctrl-C ends the command with the line still there: it goes before the message.
    progress.clear();
  }
}
