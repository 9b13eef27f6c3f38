// What `mutual-ledger account rename` does once its command line is read (its help and flags: ../commands/accountRename.ts).
import { contract } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { requiredFlag, textFlag } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { renderRenamed } from '../renamedText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'account', 'account rename');
  const name = textFlag(requiredFlag(values, 'name', 'account rename'), contract.accounts.rename.input.shape.name, '--name');
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, named, '--account');
    out.show(await client.accounts.rename({ accountId: account.id, name }), (renamed) => renderRenamed(account.name, renamed, out.words));
  });
}
