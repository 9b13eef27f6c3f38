// What `mutual-ledger earliest-date` does once its command line is read (its help and flags: ../commands/earliestDate.ts).
import type { CommandContext } from '../command.ts';
import { dateFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const wanted = values.set === undefined ? undefined : dateFlag(values.set, '--set');
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const result = wanted === undefined ? await client.ledger.earliestDate() : await client.ledger.setEarliestDate({ earliestDate: wanted });
    out.show(result, ({ earliestDate: date }) => (wanted === undefined ? `Entries may be dated from ${date}.` : `Saved. Entries may now be dated from ${date}.`));
  });
}
