import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger earliest-date`: the earliest date the vault accepts, and a way to move it. */
export const earliestDate: Command = {
  name: 'earliest-date',
  summary: 'Show or set the earliest date entries may have.',
  description: `The ledger refuses entries, status changes and statements dated before this
day (2000-01-01 unless the group set another), so a year typed wrong (0026,
1926) is caught instead of booked. Before bringing in older records, set an
earlier day with --set. It cannot be moved past anything the ledger already
holds, nor into the future (exit 1, nothing changed). The setting is kept as a
chained fact, so verify notices if it is changed behind the app's back.

--json prints {"earliestDate"} (ledger.earliestDate, or ledger.setEarliestDate with --set).`,
  options: ['set', ...unlockOptions],
  flagDescriptions: { set: 'The new earliest date, YYYY-MM-DD.' },
  run: (context) => import('../runs/earliestDate.ts').then(({ run }) => run(context)),
};
