// What `mutual-ledger backup --to DIR` does once its command line is read (its help and flags: ../commands/backup.ts).
import { resolve } from 'node:path';
import { say } from '../../../shared/messages/message.ts';
import { writtenAnchor } from '../../../shared/writtenHead.ts';
import { usageError } from '../cliError.ts';
import type { CommandContext } from '../command.ts';
import { progressLine } from '../progressLine.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const target = values.to;
  if (target === undefined) throw usageError(say('backupCli.backup.noTarget'));
  // On a terminal, a line on stderr says how far the backup is (Ctrl-C stops it, leaving nothing); piped, nothing.
  const progress = progressLine(out.words);
  try {
    await withUnlockedTreasury(
      context,
      async (client) => {
        const made = await client.backup.make({ to: resolve(target) });
        progress.clear();
        out.show(made, (shown) =>
          [
            out.words.words('backupCli.backup.made', { folder: shown.folder, entries: shown.entries, anchor: writtenAnchor(shown.anchor) ?? '' }),
            ...(shown.sweptUnfinished.length === 0 ? [] : [out.words.words('backup.sweptUnfinished', { count: shown.sweptUnfinished.length, folders: shown.sweptUnfinished.join(', ') })]),
          ].join('\n'),
        );
      },
      (event) => progress.show(event),
    );
  } finally {
    progress.clear();
  }
}
