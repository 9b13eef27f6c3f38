// What `mutual-ledger account archive` does once its command line is read (its help and flags: ../commands/accountArchive.ts).
import type { CommandContext } from '../command.ts';
import { requiredFlag } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { renderArchived } from '../renamedText.ts';
import { withUnlockedTreasury } from '../session.ts';

export async function run(context: CommandContext): Promise<void> {
  const { values, out } = context;
  const named = requiredFlag(values, 'account', 'account archive');
  await withUnlockedTreasury(context, async (client) => {
    const account = await findAccount(client, named, '--account');
    out.show(await client.accounts.archive({ accountId: account.id, archived: values.restore !== true }), (changed) => renderArchived(changed, out.words));
  });
}
