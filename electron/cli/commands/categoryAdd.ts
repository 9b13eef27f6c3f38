import { contract } from '../../../shared/contract/index.ts';
import type { Command } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { unlockOptions } from '../options.ts';
import { withUnlockedTreasury } from '../session.ts';

/** `mutual-ledger category add`: a category of the group's own. */
export const categoryAdd: Command = {
  name: 'category add',
  summary: 'Add a category of the group\'s own.',
  description: `Besides the built-in bail, rent, food, medical, transport, utilities and other.
Names are kept in lower case: letters, numbers, spaces and dashes.

--json prints {"name","builtIn"} (categories.add).`,
  options: ['name', 'name-file', ...unlockOptions],
  flagDescriptions: { name: 'The category, such as "legal fees".' },
  async run({ vaultDir, values, out }) {
    const name = textFlag(requiredFlag(values, 'name', 'category add'), contract.categories.add.input.shape.name, '--name');
    await withUnlockedTreasury(vaultDir, values, async (client) => {
      out.show(await client.categories.add({ name }), (category) => `Added the category "${category.name}".`);
    });
  },
};
