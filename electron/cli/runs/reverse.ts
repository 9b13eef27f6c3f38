// What `mutual-ledger reverse` does once its command line is read (its help and flags: ../commands/reverse.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { renderEntry } from '../entryText.ts';
import { entryNumber, textFlag } from '../flagValues.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run({ vaultDir, values, operand, out }: CommandContext): Promise<void> {
  const seq = entryNumber(operand ?? '', 'ID');
  const memo = values.memo === undefined ? undefined : textFlag(values.memo, contract.ledger.reverse.input.shape.memo, '--memo');
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const entry = await client.ledger.reverse({ seq, ...(memo === undefined ? {} : { memo }) });
    out.show(entry, (shown) => `Recorded entry #${shown.seq}, which reverses #${seq}.\n\n${renderEntry(shown)}`);
  });
}
