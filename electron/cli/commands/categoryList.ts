import type { Command } from '../command.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

/** `mutual-ledger category list`: the categories entries can have. */
export const categoryList: Command = {
  name: 'category list',
  summary: 'The categories entries can have.',
  description: `The built-in ones first, then the group's own.

--json prints [{"name","builtIn"}] (categories.list).`,
  options: unlockOptions,
  async run({ vaultDir, values, out }) {
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      out.show(await client.categories.list(), (categories) =>
        categories.map((category) => (category.builtIn ? category.name : `${category.name} (the group's own)`)).join('\n'),
      );
    });
  },
};
