import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger category add`: a category of the group's own. */
export const categoryAdd: Command = {
  name: 'category add',
  summary: "Add a category of the group's own.",
  description: `Besides the built-in bail, rent, food, medical, transport, utilities and other.
Names are kept in lower case: letters, numbers, spaces and dashes.

--json prints {"name","builtIn"} (categories.add).`,
  options: ['name', 'name-file', ...unlockOptions],
  flagDescriptions: { name: 'The category, such as "legal fees".' },
  run: (context) => import('../runs/categoryAdd.ts').then(({ run }) => run(context)),
};
