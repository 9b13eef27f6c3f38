import { contract } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { renderEntry } from '../entryText.ts';
import { entryNumber, textFlag } from '../flagValues.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

/** `mutual-ledger reverse ID`: correct an entry by appending its exact opposite. */
export const reverse: Command = {
  name: 'reverse',
  operand: { name: 'ID', expected: 'the number of the entry to correct, as "mutual-ledger list" shows it' },
  summary: 'Correct an entry by recording its exact opposite.',
  description: `The ledger is append-only: nothing is edited or deleted. A mistake is corrected
by a new entry, dated today, that undoes entry ID exactly and is linked to it
(then record the right entry, if there is one). An entry can be reversed once;
a second time is refused (exit 1), and so is reversing a correction.

--json prints the new entry (ledger.reverse); amounts are whole minor units
(cents).`,
  options: ['memo', 'memo-file', ...unlockOptions],
  flagDescriptions: { memo: 'Why it is corrected (default: "Reverses #ID").' },
  async run({ vaultDir, values, operand, out }) {
    const seq = entryNumber(operand ?? '', 'ID');
    const memo = values.memo === undefined ? undefined : textFlag(values.memo, contract.ledger.reverse.input.shape.memo, '--memo');
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      const entry = await client.ledger.reverse({ seq, ...(memo === undefined ? {} : { memo }) });
      out.show(entry, (shown) => `Recorded entry #${shown.seq}, which reverses #${seq}.\n\n${renderEntry(shown)}`);
    });
  },
};
