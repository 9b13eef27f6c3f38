// What `mutual-ledger account status` does once its command line is read (its help and flags: ../commands/accountStatus.ts).
import { accountStatuses, contract, type PaymentAccount } from '../../../shared/contract/index.ts';
import type { CommandContext } from '../command.ts';
import { money } from '../entryText.ts';
import { choiceFlag, dateFlag, refuseFlagsWithout, requiredFlag, textFlag, today } from '../flagValues.ts';
import { findAccount } from '../ledgerNames.ts';
import { withUnlockedTreasury } from '../session.ts';
import { renderTable } from '../textTable.ts';

interface StatusChange {
  status: string;
  date: string;
  reason: string;
  balanceHeld: number;
  recordedAt: string;
}

export async function run({ vaultDir, values, out }: CommandContext): Promise<void> {
  const named = requiredFlag(values, 'account', 'account status');
  refuseFlagsWithout(values, 'set', ['reason', 'date'], 'account status');
  const change =
    values.set === undefined
      ? undefined
      : {
          status: choiceFlag(values.set, accountStatuses, '--set'),
          reason: textFlag(requiredFlag(values, 'reason', 'account status'), contract.accounts.setStatus.input.shape.reason, '--reason'),
          date: values.date === undefined ? today() : dateFlag(values.date, '--date'),
        };
  await withUnlockedTreasury(vaultDir, values, async (client) => {
    const account = await findAccount(client, named, '--account');
    if (change === undefined) {
      out.show(await client.accounts.history({ accountId: account.id }), (history) => renderHistory(account, history));
      return;
    }
    out.show(await client.accounts.setStatus({ accountId: account.id, ...change }), renderChanged);
  });
}

function renderChanged(account: PaymentAccount): string {
  const lines = [`${account.name} is ${account.status} since ${account.statusSince}: ${account.statusReason}`, `Balance: ${money(account.balance, account.currency)}`];
  if (account.status === 'frozen' && account.heldAtFreeze !== null) {
    lines.push(`Held at the freeze: ${money(account.heldAtFreeze, account.currency)}. Disbursements from it are refused until it is active again.`);
  }
  if (account.status === 'closed') lines.push('It refuses new disbursements and contributions.');
  return lines.join('\n');
}

function renderHistory(account: PaymentAccount, history: StatusChange[]): string {
  const heading = `${account.name} (#${account.id}) is ${account.status} since ${account.statusSince}.`;
  if (history.length === 0) return `${heading}\nNo status changes: active since it was registered.`;
  const table = renderTable(history, [
    { heading: 'DATE', cell: (change) => change.date },
    { heading: 'STATUS', cell: (change) => change.status },
    { heading: 'BALANCE HELD', cell: (change) => money(change.balanceHeld, account.currency), align: 'right' },
    { heading: 'REASON', cell: (change) => change.reason },
  ]);
  return `${heading}\n\n${table}`;
}
