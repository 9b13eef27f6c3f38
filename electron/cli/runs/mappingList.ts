// What `mutual-ledger mapping list` does once its command line is read (its help and flags: ../commands/mappingList.ts).
import type { CommandContext } from '../command.ts';
import { renderMappings } from '../mappingText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { out } = context;
  await withUnlockedTreasury(context, async (client) => {
    out.show(await client.mappings.list({}), (mappings) => (mappings.length === 0 ? out.words.words('importCli.mapping.none') : renderMappings(mappings, out.words)));
  });
}
