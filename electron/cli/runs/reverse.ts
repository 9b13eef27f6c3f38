// What `mutual-ledger reverse` does once its command line is read (its help and flags: ../commands/reverse.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { renderEntry } from '../entryText.ts';
import { entryNumber, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, operand, out } = context;
  const seq = entryNumber(operand ?? '', 'ID');
  const memo = values.memo === undefined ? undefined : textFlag(values.memo, contract.ledger.reverse.input.shape.memo, '--memo');
  await withUnlockedTreasury(context, async (client) => {
    const entry = await client.ledger.reverse({ seq, ...(memo === undefined ? {} : { memo }) });
    out.show(entry, (shown) => [out.words.words('cli.reverse.recorded', { seq: String(shown.seq), reversed: String(seq) }), renderEntry(shown, out.words)].join('\n\n'));
  });
}
