// What `mutual-ledger restore BACKUP --vault DIR` does once its command line is read (its help and flags: ../commands/restore.ts).
import { resolve } from 'node:path';
import { writtenAnchor } from '../../../shared/writtenHead.ts';
import type { CommandContext } from '../command.ts';
import { progressLine } from '../progressLine.ts';
import { unlockSecret } from '../secrets.ts';
import { withTreasury } from '../session.ts';

export async function run({ vaultDir, values, operand, out }: CommandContext): Promise<void> {
  const backup = resolve(operand ?? '');
  const progress = progressLine(out.words);
  try {
    await withTreasury(
      vaultDir,
      async (client) => {
        const secret = await unlockSecret(values, out.words);
        const restored = await client.backup.restore({ backup, vaultDir, secret });
        progress.clear();
        out.show(restored, (shown) => out.words.words('backupCli.restore.made', { folder: shown.vaultDir, entries: shown.entries, anchor: writtenAnchor(shown.anchor) ?? '' }));
      },
      (event) => progress.show(event),
    );
  } finally {
    progress.clear();
  }
}
