import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

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
  run: (context) => import('../runs/reverse.ts').then(({ run }) => run(context)),
};
