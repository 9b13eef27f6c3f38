// What `mutual-ledger hold place` does once its command line is read (its help and flags: ../commands/holdPlace.ts).
import { hold as holdMethods } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { dayOf } from '../retentionText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { vaultDir, values, out } = context;
  // --note-file was read into --note before this ran (main.ts); an empty or too long note is refused before the unlock.
  const note = textFlag(values.note ?? requiredFlag(values, 'note', 'hold place'), holdMethods.place.input.shape.note, '--note');
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.hold.place({ note }), ({ hold }) =>
      [out.words.words('retentionCli.hold.placed', { since: dayOf(hold.placedAt), note: hold.note }), out.words.words('retentionCli.hold.nothingShredded', { folder: vaultDir })].join('\n'),
    );
  });
}
