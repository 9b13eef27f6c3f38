// What `mutual-ledger reverse` does once its command line is read (its help and flags: ../commands/reverse.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { renderEntry, renderNotices } from '../entryText.ts';
import { dateFlag, entryNumber, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, operand, out } = context;
  const seq = entryNumber(operand ?? '', 'ID');
  const memo = values.memo === undefined ? undefined : textFlag(values.memo, contract.ledger.reverse.input.shape.memo, '--memo');
  const date = values.date === undefined ? undefined : dateFlag(values.date, '--date');
  await withUnlockedTreasury(context, async (client) => {
    const entry = await client.ledger.reverse({ seq, ...(memo === undefined ? {} : { memo }), ...(date === undefined ? {} : { date }) });
    out.show(entry, (shown) =>
      [out.words.words('cli.reverse.recorded', { seq: String(shown.seq), reversed: String(seq) }), renderEntry(shown, out.words), ...renderNotices(shown.notices, out.words)].join('\n\n'),
    );
  });
}
