// What `mutual-ledger earliest-date` does once its command line is read (its help and flags: ../commands/earliestDate.ts).
import { day } from '../../../shared/messages/message.ts';
import type { CommandContext } from '../command.ts';
import { dateFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const wanted = values.set === undefined ? undefined : dateFlag(values.set, '--set');
  await withUnlockedTreasury(context, async (client) => {
    const result = wanted === undefined ? await client.ledger.earliestDate() : await client.ledger.setEarliestDate({ earliestDate: wanted });
    out.show(result, ({ earliestDate }) => out.words.words(wanted === undefined ? 'cli.earliestDate.current' : 'cli.earliestDate.saved', { date: day(earliestDate) }));
  });
}
