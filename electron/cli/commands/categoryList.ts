import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';

/** `mutual-ledger category list`: the categories entries can have. */
export const categoryList: Command = {
  name: 'category list',
  summary: 'The categories entries can have.',
  description: `The built-in ones first, then the group's own.

--json prints [{"name","builtIn"}] (categories.list).`,
  options: unlockOptions,
  run: (context) => import('../runs/categoryList.ts').then(({ run }) => run(context)),
};
